namespace Oasis.Platform.Errors;

/// <summary>One problem with one field of one row (of an import, or row 0 for a single request).</summary>
internal sealed record FieldError(int? Row, string Field, string MessageKey, params object?[] Args);

/// <summary>
/// A refusal a person can act on. Carries resource keys rather than text so that the
/// exception handler can localise title, detail and field messages by Accept-Language.
/// </summary>
internal sealed class OasisProblemException : Exception
{
    public OasisProblemException(int status, string type, string detailKey, params object?[] args)
        : base(detailKey)
    {
        Status = status;
        Type = type;
        DetailKey = detailKey;
        Args = args;
    }

    public int Status { get; }

    /// <summary>The kebab-case tail of the stable <c>urn:oasis:…</c> type.</summary>
    public string Type { get; }

    public string DetailKey { get; }

    public object?[] Args { get; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public static OasisProblemException Validation(IReadOnlyList<FieldError> errors) =>
        new(StatusCodes.Status400BadRequest, "validation", "Problem.Validation.Detail", errors.Count) { Errors = errors };

    public static OasisProblemException Validation(string field, string messageKey, params object?[] args) =>
        Validation([new FieldError(null, field, messageKey, args)]);

    public static OasisProblemException ImportFailed(IReadOnlyList<FieldError> errors) =>
        new(StatusCodes.Status400BadRequest, "import-failed", "Problem.Import.Detail", errors.Count) { Errors = errors };

    public static OasisProblemException NotFound(string what, string key) =>
        new(StatusCodes.Status404NotFound, "not-found", "Problem.NotFound.Detail", new TextArg(what, what), key);

    public static OasisProblemException Duplicate(string what, string key) =>
        new(StatusCodes.Status409Conflict, "duplicate-code", "Problem.Duplicate.Detail", new TextArg(what, what), key);

    public static OasisProblemException OutOfScope() =>
        new(StatusCodes.Status403Forbidden, "out-of-scope", "Problem.OutOfScope.Detail");

    public static OasisProblemException Rule(string type, string detailKey, params object?[] args) =>
        new(StatusCodes.Status409Conflict, type, detailKey, args);
}

/// <summary>
/// An argument of a problem message that is itself a resource key (a state, an action, a role), so that a refusal
/// reads "当前状态为“待派发”" rather than showing the code; <paramref name="Fallback"/> is shown when the key is missing.
/// </summary>
internal sealed record TextArg(string Key, string Fallback)
{
    public override string ToString() => Fallback;
}
