namespace PhotoDesk.Captions.Dates;

/// <summary>A caption cut into words, numbers and punctuation for the date scanner (no regex: fast and never backtracks).</summary>
internal readonly struct DateTokens
{
    public enum Kind : byte { Word, Number, Punct }

    public readonly record struct Token(int Start, int Length, Kind Kind);

    private readonly List<Token> _tokens;

    public DateTokens(string text)
    {
        Text = text;
        _tokens = new List<Token>(text.Length / 4 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                _tokens.Add(new Token(start, i - start, Kind.Word));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                _tokens.Add(new Token(start, i - start, Kind.Number));
            }
            else
            {
                i++;
                _tokens.Add(new Token(start, 1, Kind.Punct));
            }
        }
    }

    public string Text { get; }

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public bool IsWord(int index) => index >= 0 && index < Count && _tokens[index].Kind == Kind.Word;

    public bool IsNumber(int index, int minDigits, int maxDigits) =>
        index >= 0 && index < Count && _tokens[index].Kind == Kind.Number && _tokens[index].Length >= minDigits && _tokens[index].Length <= maxDigits;

    public bool IsPunct(int index, char c) => index >= 0 && index < Count && _tokens[index].Kind == Kind.Punct && Text[_tokens[index].Start] == c;

    /// <summary>True when token <paramref name="index"/> starts right where the previous one ends (no space between).</summary>
    public bool Touches(int index) => index > 0 && index < Count && _tokens[index - 1].Start + _tokens[index - 1].Length == _tokens[index].Start;

    public int Number(int index)
    {
        var n = 0;
        foreach (var c in Span(index)) n = n * 10 + (c - '0');
        return n;
    }

    public bool WordIs(int index, string word) => IsWord(index) && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);
}
