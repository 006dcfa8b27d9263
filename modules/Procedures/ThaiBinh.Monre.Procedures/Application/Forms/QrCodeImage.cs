using QRCoder;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>QR codes for the slips, as inline PNG data URIs (the page prints without fetching anything else).</summary>
internal static class QrCodeImage
{
    public static string DataUri(string text)
    {
        // Level M survives a smudged print; 6 px per module keeps a 30–40 mm square sharp at print resolution.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
