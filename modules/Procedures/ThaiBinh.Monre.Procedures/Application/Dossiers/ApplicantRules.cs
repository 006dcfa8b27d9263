using System.Net.Mail;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// What the slip needs of the applicant: a full name; for a person a 12-digit citizen ID (căn cước), for an organisation
/// its enterprise / tax code (10 digits, or 10-3 for a branch); a phone number of digits (the public look-up asks for its
/// last four). Input is trimmed and normalised (spaces, dots and dashes in a phone number dropped).
/// </summary>
internal static class ApplicantRules
{
    public static Applicant Validate(ApplicantDto? dto)
    {
        if (dto is null) throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:ApplicantRequired");
        var name = Clean(dto.FullName);
        if (name is null) throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:ApplicantNameRequired");
        if (name.Length > 300) throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:ApplicantNameTooLong");
        var id = Clean(dto.IdNumber)?.Replace(" ", "", StringComparison.Ordinal);
        switch (dto.Kind)
        {
            case ApplicantKind.Person:
                if (id is null || id.Length != 12 || !id.All(char.IsAsciiDigit))
                    throw DossierErrors.Unprocessable(ProcedureErrorCodes.CitizenIdInvalid, "Dossiers:CitizenIdInvalid", id ?? "");
                break;
            case ApplicantKind.Organisation:
                if (id is null || !IsTaxCode(id))
                    throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:TaxCodeInvalid", id ?? "");
                break;
            default:
                throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:ApplicantKindInvalid");
        }
        var phone = NormalisePhone(dto.Phone)
            ?? throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:PhoneInvalid", dto.Phone ?? "");
        var email = Clean(dto.Email);
        if (email is not null && (email.Length > 200 || !MailAddress.TryCreate(email, out _)))
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:EmailInvalid", email);
        var address = Clean(dto.Address);
        if (address is { Length: > 500 }) throw DossierErrors.Unprocessable(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:AddressTooLong");
        return new Applicant(dto.Kind, name, id, phone, email, address);
    }

    /// <summary>10 digits, or 10 digits + "-" + 3 digits (a dependent unit's code).</summary>
    private static bool IsTaxCode(string id) =>
        (id.Length == 10 && id.All(char.IsAsciiDigit))
        || (id.Length == 14 && id[10] == '-' && id[..10].All(char.IsAsciiDigit) && id[11..].All(char.IsAsciiDigit));

    /// <summary>Digits only (a leading + allowed), 9 to 12 digits; null when that is not what was given.</summary>
    private static string? NormalisePhone(string? phone)
    {
        var text = Clean(phone);
        if (text is null) return null;
        var plus = text.StartsWith('+');
        var digits = new string((plus ? text[1..] : text).Where(c => c is not (' ' or '.' or '-' or '(' or ')')).ToArray());
        if (digits.Length is < 9 or > 12 || !digits.All(char.IsAsciiDigit)) return null;
        return plus ? "+" + digits : digits;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
