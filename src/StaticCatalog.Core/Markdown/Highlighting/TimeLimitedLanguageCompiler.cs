using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Compilation;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// ColorCode's compiler, with a time limit on each match of the compiled regex (ColorCode 2.0.15 sets none).
/// A grammar that backtracks without end on some text (its own JSON grammar took six minutes on one corpus
/// block) then throws <see cref="RegexMatchTimeoutException"/> instead of stalling the build, and the block is
/// shown plain. Ordinary blocks match in well under a millisecond, so the limit is far from anything real.
/// </summary>
internal sealed class TimeLimitedLanguageCompiler(TimeSpan matchTimeout) : ILanguageCompiler
{
    private readonly LanguageCompiler _inner = new(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
    private readonly ConcurrentDictionary<string, CompiledLanguage> _compiled = new(StringComparer.Ordinal);

    public CompiledLanguage Compile(ILanguage language) =>
        _compiled.GetOrAdd(language.Id, static (_, state) =>
        {
            var compiled = state.Inner.Compile(state.Language);
            var regex = new Regex(compiled.Regex.ToString(), compiled.Regex.Options, state.Timeout);
            return new CompiledLanguage(compiled.Id, compiled.Name, regex, compiled.Captures);
        }, (Inner: _inner, Language: language, Timeout: matchTimeout));
}
