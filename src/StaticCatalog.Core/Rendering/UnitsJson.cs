using System.Text;
using System.Text.Json;
using StaticCatalog.Catalog;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Safety;

namespace StaticCatalog.Rendering;

/// <summary>
/// The units and multipliers of <see cref="Units"/> as the limits index carries them, so that site.js reads a value
/// a reader types in the range fields ("100 Gbps", "10 million pps", "5k") as the limit finder reads a post:
/// <c>{"units":[[spellings, symbol, base unit, factor], ...], "multipliers":{"thousand":1000, ...}}</c>, in the
/// table's order (a longer spelling before a shorter one it starts with). Spellings are regular-expression
/// alternations that JavaScript reads alike (<see cref="Units"/> uses none of .NET's own constructs; a test keeps it
/// so). Written once, the same on every build, with <c>&lt;</c> and the like escaped so it is inert in a
/// <c>&lt;script type="application/json"&gt;</c>.
/// </summary>
public static class UnitsJson
{
    /// <summary>The JSON, compact.</summary>
    public static string Text { get; } = Write();

    /// <summary>The JSON as the page writes it, inside its script element.</summary>
    public static TrustedHtml Html { get; } = new(Text);

    private static string Write()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEscaping.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("units");
            foreach (var unit in Units.All)
            {
                json.WriteStartArray();
                json.WriteStringValue(unit.Written);
                json.WriteStringValue(unit.Symbol);
                json.WriteStringValue(unit.BaseUnit);
                json.WriteNumberValue(Units.Trim(unit.Factor));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartObject("multipliers");
            foreach (var (written, factor) in Units.Multipliers)
            {
                json.WriteNumber(written, Units.Trim(factor));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
