using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Host.Tests;

/// <summary>One migrated, seeded host for the HTTP tests; each test signs in with its own cookie jar.</summary>
public sealed class HostFixture : MonreAppFactory
{


    /// <summary>Creates an account through the admin API (optionally in roles) and returns its user name.</summary>
    public async Task<string> CreateUserAsync(params string[] roles)
    {
        using var admin = await SignedInAsync("admin");
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsJsonAsync("/api/staff/users",
            new { userName, fullName = "Nguyễn Văn An", email = $"{userName}@example.vn", password = DemoPassword, roles });
        response.EnsureSuccessStatusCode();
        return userName;
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
