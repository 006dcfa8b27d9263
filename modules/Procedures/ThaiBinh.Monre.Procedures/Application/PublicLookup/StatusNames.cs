using System.Globalization;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>
/// Names of the national statuses (DOMAIN.md §3) for the public: <c>Public:Status.{code}</c>. The API answers with the
/// Vietnamese name whatever the caller's language (it is the name the national portal and the slips use).
/// </summary>
internal static class StatusNames
{
    private static readonly CultureInfo VietnameseCulture = CultureInfo.GetCultureInfo("vi");

    public static string Key(DossierStatus status) => $"Public:Status.{(int)status}";

    public static string Vietnamese(IStringLocalizer localizer, DossierStatus status)
    {
        var current = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = VietnameseCulture;
        try
        {
            return localizer[Key(status)].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }
}
