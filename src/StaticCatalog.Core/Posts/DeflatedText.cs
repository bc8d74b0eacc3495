using System.IO.Compression;
using System.Text;

namespace StaticCatalog.Posts;

/// <summary>
/// A long text kept deflated in memory (a post's body HTML): a site holds every post's body from the parse stage to
/// the render stage, and only the post's own page and the site feed read it. Bodies deflate to about a quarter of
/// their UTF-8 bytes, an eighth of the string. Equal when the texts are equal (equal texts deflate to equal bytes).
/// </summary>
public sealed class DeflatedText : IEquatable<DeflatedText>
{
    private readonly byte[] _deflated;

    public DeflatedText(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Utf8Length = utf8.Length;
        using var buffer = new MemoryStream(utf8.Length / 3 + 16);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(utf8);
        }

        _deflated = buffer.ToArray();
    }

    /// <summary>The text's length in UTF-8 bytes, without inflating it.</summary>
    public int Utf8Length { get; }

    /// <summary>The bytes kept.</summary>
    public int DeflatedLength => _deflated.Length;

    /// <summary>The text, inflated anew on each call.</summary>
    public string Text
    {
        get
        {
            var utf8 = new byte[Utf8Length];
            using var deflate = new DeflateStream(new MemoryStream(_deflated, writable: false), CompressionMode.Decompress);
            deflate.ReadExactly(utf8);
            return Encoding.UTF8.GetString(utf8);
        }
    }

    public bool Equals(DeflatedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (Utf8Length == other.Utf8Length && _deflated.AsSpan().SequenceEqual(other._deflated)));

    public override bool Equals(object? obj) => Equals(obj as DeflatedText);

    public override int GetHashCode() => Utf8Length;

    public override string ToString() => Text;
}
