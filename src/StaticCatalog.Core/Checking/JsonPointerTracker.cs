using System.Text;

namespace StaticCatalog.Checking;

/// <summary>The JSON Pointer of the current value, kept as the reader walks: a frame per open object or array.</summary>
internal sealed class JsonPointerTracker
{
    private readonly List<(bool IsArray, string? Name, int Index)> _frames = [];

    /// <summary>The name of the property whose value is current, or null in an array or at the root.</summary>
    public string? PropertyName => _frames.Count > 0 && !_frames[^1].IsArray ? _frames[^1].Name : null;

    public string Value
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var (isArray, name, index) in _frames)
            {
                builder.Append('/');
                if (isArray)
                {
                    builder.Append(index);
                }
                else
                {
                    builder.Append(name!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                }
            }

            return builder.ToString();
        }
    }

    public void Name(string name) => _frames[^1] = _frames[^1] with { Name = name };

    public void NextValue()
    {
        if (_frames.Count > 0 && _frames[^1].IsArray)
        {
            _frames[^1] = _frames[^1] with { Index = _frames[^1].Index + 1 };
        }
    }

    public void Enter(bool isArray) => _frames.Add((isArray, null, -1));

    public void Leave() => _frames.RemoveAt(_frames.Count - 1);
}
