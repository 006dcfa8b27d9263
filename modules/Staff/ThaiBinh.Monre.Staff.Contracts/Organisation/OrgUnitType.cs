using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Kinds of organisation units (DOMAIN.md §1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrgUnitType>))]
public enum OrgUnitType
{
    Department,
    Division,
    ServiceCentre,
    DistrictDesk,
    DistrictAgency,
    ExternalAgency,
}
