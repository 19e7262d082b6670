namespace PhotoDesk.Tui.State;

/// <summary>Queries run in this session, newest last, walked with Up/Down in the search bar as a shell does.</summary>
public sealed class SearchHistory
{
    private readonly List<string> _items = [];
    private int _cursor;

    public IReadOnlyList<string> Items => _items;

    public void Add(string query)
    {
        var q = query.Trim();
        if (q.Length > 0 && (_items.Count == 0 || _items[^1] != q))
        {
            _items.Remove(q);
            _items.Add(q);
        }
        _cursor = _items.Count;
    }

    /// <summary>The previous query, or null at the oldest.</summary>
    public string? Older()
    {
        if (_items.Count == 0) return null;
        _cursor = Math.Max(0, _cursor - 1);
        return _items[_cursor];
    }

    /// <summary>The next query; empty text past the newest.</summary>
    public string Newer()
    {
        if (_cursor >= _items.Count - 1)
        {
            _cursor = _items.Count;
            return string.Empty;
        }
        _cursor++;
        return _items[_cursor];
    }
}
