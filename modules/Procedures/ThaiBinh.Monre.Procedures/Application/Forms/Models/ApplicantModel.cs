using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>The applicant as the forms print them ("Ông/Bà …" or "Tổ chức …").</summary>
internal sealed record ApplicantModel(string Title, string Name, string IdLabel, string IdNumber, string Address, string Phone, string Email)
{
    public static ApplicantModel From(ApplicantDto a) => new(
        FormWording.ApplicantTitle(a.Kind), a.FullName ?? "", FormWording.IdNumberLabel(a.Kind), a.IdNumber ?? "",
        a.Address ?? "", a.Phone ?? "", a.Email ?? "");
}
