namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>The ISO step table as an Excel sheet (*Bước / Nội dung / Trách nhiệm / Thời gian / Biểu mẫu* plus the columns the engine needs).</summary>
internal interface IStepTableExcel
{
    byte[] Export(ProcessVersionDto process);

    /// <summary>Reads a sheet written by <see cref="Export"/> or by hand in the same layout; every refused row is reported.</summary>
    Task<StepTableImportResult> ImportAsync(Stream workbook, CancellationToken cancellationToken);
}
