namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>Who issues the forms, from the kernel's agency settings and the forms' place setting.</summary>
internal sealed record AgencyInfo(string GoverningBody, string AgencyName, string Place);

/// <summary>
/// The administrative header every form starts with: the governing body and the issuing agency (and desk) on the left,
/// the national name and motto with place and date on the right, and "Mẫu số NN" of its circular.
/// </summary>
internal sealed record FormHeader(
    string GoverningBody, string AgencyName, string UnitName, string FormNumber, string Circular, string PlaceAndDate)
{
    public static FormHeader Create(FormSet set, FormKind kind, AgencyInfo agency, string unitName, DateTimeOffset issuedAt) =>
        new(agency.GoverningBody, agency.AgencyName, unitName, set.Number(kind), set.Circular,
            $"{agency.Place}, {FormTime.Spelled(issuedAt)}");
}
