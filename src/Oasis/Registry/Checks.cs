using Oasis.Platform.Errors;

namespace Oasis.Registry;

/// <summary>Small validation helpers that add localisable field errors.</summary>
internal sealed class Checks(ICollection<FieldError> errors, int? row)
{
    public bool Ok { get; private set; } = true;

    public Checks Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Fail(field, "Validation.Required");
        }

        return value.Length > maxLength ? Fail(field, "Validation.TooLong", maxLength) : this;
    }

    public Checks Optional(string? value, string field, int maxLength = 200) =>
        value is not null && value.Length > maxLength ? Fail(field, "Validation.TooLong", maxLength) : this;

    public Checks Code(string? value, string field, int maxLength = 50)
    {
        Required(value, field, maxLength);
        if (!string.IsNullOrEmpty(value) && value.Any(c => char.IsWhiteSpace(c) || c is '/' or '?' or '#' or ';' or ','))
        {
            Fail(field, "Validation.CodeCharacters", value);
        }

        return this;
    }

    public Checks OneOf(string? value, string field, IReadOnlyCollection<string> allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            Fail(field, "Validation.OneOf", value, string.Join(", ", allowed));
        }

        return this;
    }

    public Checks Range(double? value, string field, double min, double max) =>
        value is { } v && (double.IsNaN(v) || v < min || v > max) ? Fail(field, "Validation.Range", min, max) : this;

    public Checks That(bool condition, string field, string messageKey, params object?[] args) =>
        condition ? this : Fail(field, messageKey, args);

    public Checks Fail(string field, string messageKey, params object?[] args)
    {
        errors.Add(new FieldError(row, field, messageKey, args));
        Ok = false;
        return this;
    }
}
