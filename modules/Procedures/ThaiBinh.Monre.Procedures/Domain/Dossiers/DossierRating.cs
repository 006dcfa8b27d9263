using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>The applicant's satisfaction once the result is returned: one per dossier, at the desk or on the public page.</summary>
public sealed class DossierRating
{
    public const string DeskSource = "desk";
    public const string PublicSource = "public";
    public const int CommentMaxLength = 2000;

    public Guid DossierId { get; set; }
    public SatisfactionLevel Level { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset RatedAt { get; set; }
    /// <summary><c>desk</c> or <c>public</c>.</summary>
    public string Source { get; set; } = "";

    /// <summary>
    /// The rules of a rating: only once the result was returned (10), only once per dossier, and an unsatisfied applicant
    /// says why (the comment is what the department acts on). Appends the history line.
    /// </summary>
    public static DossierRating Rate(Dossier dossier, bool alreadyRated, SatisfactionLevel level, string? comment, DateTimeOffset at, string source)
    {
        if (dossier.Status != DossierStatus.Returned)
            throw new BusinessException(ProcedureErrorCodes.RatingNotAllowed, "Public:Rating.NotReturned") { StatusCode = 409 };
        if (alreadyRated)
            throw new BusinessException(ProcedureErrorCodes.RatingNotAllowed, "Public:Rating.AlreadyRated") { StatusCode = 409 };
        if (!Enum.IsDefined(level))
            throw new BusinessException(ProcedureErrorCodes.RatingInvalid, "Public:Rating.LevelInvalid") { StatusCode = 422 };
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (level == SatisfactionLevel.Unsatisfied && text is null)
            throw new BusinessException(ProcedureErrorCodes.RatingInvalid, "Public:Rating.CommentRequired") { StatusCode = 422 };
        if (text is { Length: > CommentMaxLength })
            throw new BusinessException(ProcedureErrorCodes.RatingInvalid, "Public:Rating.CommentTooLong", CommentMaxLength) { StatusCode = 422 };

        dossier.History.Add(new DossierHistoryEntry(dossier.Id, at, DossierHistoryActions.Rated, null, dossier.Status, dossier.Status, level.ToString()));
        return new DossierRating { DossierId = dossier.Id, Level = level, Comment = text, RatedAt = at.ToUniversalTime(), Source = source };
    }
}
