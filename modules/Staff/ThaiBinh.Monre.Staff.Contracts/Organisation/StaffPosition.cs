using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Positions a person holds in a unit (membership) or acts in while seconded. Stored by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StaffPosition>))]
public enum StaffPosition
{
    Director,
    DeputyDirector,
    DivisionHead,
    DeputyDivisionHead,
    Specialist,
    Clerk,
    DeskOfficer,
}
