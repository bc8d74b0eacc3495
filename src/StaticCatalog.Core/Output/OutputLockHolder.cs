using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticCatalog.Output;

/// <summary>
/// Who holds an <see cref="OutputLock"/>: the process, its host, when it started and its command line. Written
/// beside the lock as JSON so that a process waiting for it can say what it waits for, and so that a holder that was
/// killed can be told from one that is still writing.
/// </summary>
public sealed record OutputLockHolder(int Pid, string Host, DateTimeOffset Started, string Command)
{
    /// <summary>Two readings of one process's start time differ by less than this (clock ticks, rounding).</summary>
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(2);

    /// <summary>This process, with the command line a user typed (<c>staticcatalog build --output public</c>).</summary>
    public static OutputLockHolder Current()
    {
        using var self = Process.GetCurrentProcess();
        var args = Environment.GetCommandLineArgs().Skip(1).Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a);
        return new OutputLockHolder(Environment.ProcessId, Environment.MachineName, self.StartTime.ToUniversalTime(), string.Join(' ', ["staticcatalog", .. args]));
    }

    /// <summary>
    /// False when this holder is known to have ended: it ran on this host and its pid is not running, or is now a
    /// process that started at another time (the pid was reused). True when it runs, or ran on another host.
    /// </summary>
    public bool MayBeRunning()
    {
        if (!string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(Pid);
            return !process.HasExited && (process.StartTime.ToUniversalTime() - Started).Duration() < StartTolerance;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>As messages name it: <c>4711 (staticcatalog build, started 2026-12-02 01:02:03 UTC) on build-host</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Pid} ({Command}, started {Started.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC) on {Host}");

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["pid"] = Pid,
        ["host"] = Host,
        ["started"] = Started.ToString("O", CultureInfo.InvariantCulture),
        ["command"] = Command,
    }, JsonOptions);

    /// <summary>The holder a metadata file names; null when it is missing, half written or not ours.</summary>
    public static OutputLockHolder? Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            return new OutputLockHolder(
                root.GetProperty("pid").GetInt32(),
                root.GetProperty("host").GetString() ?? "",
                DateTimeOffset.Parse(root.GetProperty("started").GetString() ?? "", CultureInfo.InvariantCulture),
                root.GetProperty("command").GetString() ?? "");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException
                                       or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
