namespace ThaiBinh.Monre.Staff.Organisation;

public sealed record PersonDto(
    Guid Id, string FullName, DateOnly? DateOfBirth, string? CitizenId, string? Phone, string? Email,
    Guid? UserId, string? UserName);

public sealed record PersonDetailDto(
    Guid Id, string FullName, DateOnly? DateOfBirth, string? CitizenId, string? Phone, string? Email,
    Guid? UserId, string? UserName, IReadOnlyList<MembershipDto> Memberships, IReadOnlyList<SecondmentDto> Secondments);

public sealed record SavePersonRequest(
    string? FullName, DateOnly? DateOfBirth, string? CitizenId, string? Phone, string? Email, Guid? UserId);

/// <summary>The person holds <see cref="Position"/> in the unit during [<see cref="ValidFrom"/>, <see cref="ValidTo"/>).</summary>
public sealed record MembershipDto(
    Guid Id, Guid PersonId, Guid UnitId, string UnitName, StaffPosition Position, DateOnly ValidFrom, DateOnly? ValidTo, bool IsStandby);

public sealed record SaveMembershipRequest(Guid UnitId, StaffPosition Position, DateOnly ValidFrom, DateOnly? ValidTo, bool IsStandby);

/// <summary>The person works in <see cref="ToUnitId"/> as <see cref="Position"/>, on loan from <see cref="FromUnitId"/>.</summary>
public sealed record SecondmentDto(
    Guid Id, Guid PersonId, Guid FromUnitId, string FromUnitName, Guid ToUnitId, string ToUnitName, StaffPosition Position,
    DateOnly ValidFrom, DateOnly? ValidTo, bool IsStandby);

public sealed record SaveSecondmentRequest(
    Guid FromUnitId, Guid ToUnitId, StaffPosition Position, DateOnly ValidFrom, DateOnly? ValidTo, bool IsStandby);
