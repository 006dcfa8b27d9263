using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>The applicant as written on the slip (owned by the dossier, stored in its row).</summary>
public sealed record Applicant(ApplicantKind Kind, string FullName, string? IdNumber, string? Phone, string? Email, string? Address);
