using ColorCode.Common;
using static StaticCatalog.Markdown.Highlighting.Languages.GrammarRules;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>
/// Bash and POSIX shell as posts write it: mostly commands (<c>az network vnet create --name x \</c>), so the
/// command word, options, variables, strings and comments are told apart; control words are keywords.
/// </summary>
public static class ShellGrammar
{
    public static GrammarLanguage Language { get; } = new("staticcatalog-shell", "Shell",
    [
        HashComment,
        // A double-quoted string may span lines and holds $variables; it is shown as one string.
        Whole(@"""(?:[^""\\]|\\.)*""", ScopeName.String),
        Whole(@"'[^']*'", ScopeName.String),
        Words(ScopeName.Keyword,
            "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
            "function", "return", "local", "export", "readonly", "declare", "select", "break", "continue"),
        Whole(@"\$\{[^}\r\n]*\}|\$\(|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@#?*$!]", TokenClasses.VariableScope),
        // NAME=value at the start of a command.
        Whole(@"(?<=^[ \t]*(?:export[ \t]+)?)[A-Za-z_][A-Za-z0-9_]*(?==)", TokenClasses.VariableScope),
        // The command: the first word of a line, after sudo or a prompt's "$ ".
        Whole(@"(?<=^[ \t]*(?:\$[ \t]+)?(?:sudo[ \t]+)?)[A-Za-z_.][\w.+-]*(?=[ \t]|$)", ScopeName.BuiltinFunction),
        // An option: -g, --resource-group, --name=value (the name only).
        Whole(@"(?<=\s)--?[A-Za-z][\w-]*", ScopeName.Attribute),
    ]);
}
