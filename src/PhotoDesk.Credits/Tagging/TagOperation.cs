namespace PhotoDesk.Credits.Tagging;

public enum TagOperation
{
    Add,
    Remove,
}
