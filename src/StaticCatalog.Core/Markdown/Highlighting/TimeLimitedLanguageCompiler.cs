using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// ColorCode's compiler, with each compiled grammar made safe from runaway backtracking (ColorCode 2.0.15 guards
/// nothing; its own JSON grammar took six minutes on one corpus block). The JSON grammar runs on the
/// non-backtracking engine: linear in the text, and its result never depends on time. (Running every grammar
/// that engine accepts on it changed the highlighting of C#-heavy pages that embed HTML, so only the grammar known
/// to run away does; the whole corpus is byte-identical with it.) The others get a time limit on each match,
/// far above any real match (ordinary blocks take well under a millisecond, even on a loaded machine), so that a
/// block is shown plain only when a grammar runs away, whatever the machine's speed.
/// </summary>
internal sealed class TimeLimitedLanguageCompiler(TimeSpan matchTimeout) : ILanguageCompiler
{
    private readonly LanguageCompiler _inner = new(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
    private readonly ConcurrentDictionary<string, CompiledLanguage> _compiled = new(StringComparer.Ordinal);

    public CompiledLanguage Compile(ILanguage language) =>
        _compiled.GetOrAdd(language.Id, static (_, state) =>
        {
            var compiled = state.Inner.Compile(state.Language);
            return new CompiledLanguage(compiled.Id, compiled.Name, Guarded(compiled.Id, compiled.Regex, state.Timeout), compiled.Captures);
        }, (Inner: _inner, Language: language, Timeout: matchTimeout));

    /// <summary>The grammars that run on the non-backtracking engine: those known to run away on real text.</summary>
    private static readonly HashSet<string> Linear = new(StringComparer.Ordinal) { LanguageId.Json };

    private static Regex Guarded(string id, Regex grammar, TimeSpan timeout) =>
        Linear.Contains(id)
            ? new Regex(grammar.ToString(), grammar.Options | RegexOptions.NonBacktracking)
            : new Regex(grammar.ToString(), grammar.Options, timeout);
}
