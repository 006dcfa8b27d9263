using MudBlazor;

namespace ThaiBinh.Monre.Host.Components.Layout;

/// <summary>The staff UI's theme: calm department green, dense enough for all-day desk work, system fonts only.</summary>
internal static class MonreTheme
{
    public static readonly MudTheme Instance = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6e4f",
            Secondary = "#1565c0",
            AppbarBackground = "#0b6e4f",
            Background = "#f5f7f6",
            DrawerBackground = "#ffffff",
            DrawerText = "#263238",
            DrawerIcon = "#0b6e4f",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Segoe UI", "Roboto", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"],
            },
            // Vietnamese diacritics read badly in capitals.
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "248px", AppbarHeight = "56px" },
    };
}
