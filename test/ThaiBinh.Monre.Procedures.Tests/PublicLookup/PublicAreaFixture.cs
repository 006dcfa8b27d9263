using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.PublicLookup;

/// <summary>
/// The host for the public look-up, rating and lateness tests: its own database and controlled clock (the lateness tests
/// move it forward), a low look-up limit (<see cref="PermitLimit"/> per minute), and the client address taken from the
/// <see cref="ClientHeader"/> test header so each test is its own client (TestServer has no remote address).
/// </summary>
public sealed class PublicAreaFixture : MonreAppFactory
{
    public const int PermitLimit = 5;
    public const string ClientHeader = "X-Test-Client-Address";

    private static int _nextClient;

    public FakeTimeProvider Clock { get; } = new(ProceduresFixture.StartOfTests.ToUniversalTime());

    public PublicAreaFixture() => Settings["Monre:Procedures:PublicLookup:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override string Purpose => "public";

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
    }

    /// <summary>An anonymous client with an address of its own (so rate limits of other tests do not apply).</summary>
    public HttpClient PublicClient()
    {
        var client = Anonymous();
        var n = Interlocked.Increment(ref _nextClient);
        client.DefaultRequestHeaders.Add(ClientHeader, $"203.0.113.{n % 250 + 1}");
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class PublicAreaCollection : ICollectionFixture<PublicAreaFixture>
{
    public const string Name = "procedures-public";
}
