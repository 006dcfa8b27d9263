namespace ThaiBinh.Monre.Staff.Pages.Account;

internal static class LoginPaths
{
    public const string Login = "/account/login";

    /// <summary>Only a path on this site may be a return address (no <c>//host</c>, <c>/\host</c> or absolute URLs).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
        && !returnUrl.StartsWith(Login, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
