namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Kinds of organisation units (DOMAIN.md §1).</summary>
public enum OrgUnitType
{
    Department,
    Division,
    ServiceCentre,
    DistrictDesk,
    DistrictAgency,
    ExternalAgency,
}
