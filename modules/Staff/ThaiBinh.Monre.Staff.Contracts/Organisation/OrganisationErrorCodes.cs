namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Stable error codes of the organisation, people and delegation APIs (the <c>code</c> of their ProblemDetails).</summary>
public static class OrganisationErrorCodes
{
    public const string InvalidOrgUnit = "Monre.Staff.Org.InvalidUnit";
    public const string InvalidAgencyCode = "Monre.Staff.Org.InvalidAgencyCode";
    public const string AgencyCodeTaken = "Monre.Staff.Org.AgencyCodeTaken";
    public const string UnknownField = "Monre.Staff.Org.UnknownField";
    public const string UnitNotValid = "Monre.Staff.Org.UnitNotValid";
    public const string ParentCycle = "Monre.Staff.Org.ParentCycle";
    public const string InvalidMerge = "Monre.Staff.Org.InvalidMerge";
    public const string InvalidPeriod = "Monre.Staff.Org.InvalidPeriod";
    public const string InvalidPerson = "Monre.Staff.People.InvalidPerson";
    public const string InvalidCitizenId = "Monre.Staff.People.InvalidCitizenId";
    public const string CitizenIdTaken = "Monre.Staff.People.CitizenIdTaken";
    public const string UserAlreadyLinked = "Monre.Staff.People.UserAlreadyLinked";
    public const string UnknownUser = "Monre.Staff.People.UnknownUser";
    public const string SecondmentToSameUnit = "Monre.Staff.People.SecondmentToSameUnit";
    public const string SelfDelegation = "Monre.Staff.Delegations.SelfDelegation";
    public const string DelegationOverlaps = "Monre.Staff.Delegations.Overlaps";
    public const string InvalidDelegation = "Monre.Staff.Delegations.Invalid";
    public const string DelegationRevoked = "Monre.Staff.Delegations.AlreadyRevoked";
}
