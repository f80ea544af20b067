namespace Insights.Reports.Access;

/// <summary>
/// A row that carries a customer's personal data. Every such row type implements this, so a page model, a CSV download or a
/// later export masks it with the one call <see cref="PersonalDataPolicy.Apply{T}(T, PersonalDataView)"/>.
/// </summary>
/// <typeparam name="TSelf">The row type itself (the masked row is a row of the same type).</typeparam>
public interface IHasPersonalData<TSelf> where TSelf : IHasPersonalData<TSelf>
{
    /// <summary>The row's personal fields.</summary>
    PersonalData PersonalData { get; }

    /// <summary>The same row with its personal fields replaced by <paramref name="data"/>.</summary>
    TSelf WithPersonalData(PersonalData data);
}
