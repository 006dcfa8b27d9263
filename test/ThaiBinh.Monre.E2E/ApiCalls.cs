using System.Text.Json;
using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.E2E;

/// <summary>Calls to the JSON API beside the browser (setting up or checking what the page did), with the browser context's cookies.</summary>
public static class ApiCalls
{
    public static async Task SignInAsync(IAPIRequestContext api, string userName)
    {
        var response = await api.PostAsync("/api/account/login", new() { DataObject = new { userName, password = MonreAppFactory.DemoPassword } });
        response.Ok.ShouldBeTrue(await response.TextAsync());
    }

    public static async Task<JsonElement> GetAsync(IAPIRequestContext api, string url)
    {
        var response = await api.GetAsync(url);
        response.Ok.ShouldBeTrue($"{url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    public static async Task<JsonElement> PostAsync(IAPIRequestContext api, string url, object body)
    {
        var response = await api.PostAsync(url, new() { DataObject = body });
        response.Ok.ShouldBeTrue($"{url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
