using System.Security.Claims;
using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Access;

/// <summary>The personal-data policy on hand-made cases: who sees what, and what a masked value looks like.</summary>
public sealed class PersonalDataPolicyTests
{
    static ClaimsPrincipal UserWith(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType: "test"));

    [Theory]
    [InlineData(PersonalDataView.Masked, Roles.Product)]
    [InlineData(PersonalDataView.Full, Roles.Marketing)]
    [InlineData(PersonalDataView.Full, Roles.Admin)]
    [InlineData(PersonalDataView.Full, Roles.Product, Roles.Marketing)]   // several roles: the widest view
    [InlineData(PersonalDataView.Full, Roles.Marketing, Roles.Product)]
    [InlineData(PersonalDataView.Full, Roles.Product, Roles.Admin)]
    [InlineData(PersonalDataView.Masked)]                                  // signed in without a role
    [InlineData(PersonalDataView.Masked, "auditor")]                       // a role the policy does not know sees nothing personal
    public void A_role_gets_its_view_and_several_roles_the_widest(PersonalDataView expected, params string[] roles)
    {
        Assert.Equal(expected, PersonalDataPolicy.ViewOf(UserWith(roles)));
    }

    [Fact]
    public void No_user_or_an_anonymous_one_sees_the_masked_view()
    {
        Assert.Equal(PersonalDataView.Masked, PersonalDataPolicy.ViewOf(null));
        Assert.Equal(PersonalDataView.Masked, PersonalDataPolicy.ViewOf(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Theory]
    [InlineData("annie@example.com", "a•••@example.com")]
    [InlineData("a@example.com", "a•••@example.com")]               // a one-letter local part: its length stays hidden
    [InlineData("ab@example.com", "a•••@example.com")]
    [InlineData("  Annie.Smith@Example.COM ", "A•••@Example.COM")]   // trimmed, case kept
    [InlineData("\"a@b\"@example.com", "\"•••@example.com")]          // a quoted local part with an @: the domain is after the last one
    [InlineData("élodie@exemple.fr", "é•••@exemple.fr")]
    [InlineData("e\u0301lodie@exemple.fr", "e\u0301•••@exemple.fr")]   // e + combining accent: one text element, never cut
    [InlineData("😀smile@example.com", "😀•••@example.com")]            // a surrogate pair stays whole
    [InlineData("a•••@example.com", "a•••@example.com")]             // masking a masked address changes nothing
    [InlineData("user@", "u•••@")]
    [InlineData("@example.com", "•••")]                              // no local part: nothing to show
    [InlineData("not an address", "•••")]                            // no @: not shown at all
    public void Email_shows_its_first_character_and_domain_only(string email, string expected)
    {
        Assert.Equal(expected, PersonalDataPolicy.MaskEmail(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_email_stays_missing(string? email)
    {
        Assert.Null(PersonalDataPolicy.MaskEmail(email));
    }

    [Theory]
    [InlineData("Annie", "Annie")]
    [InlineData("Annie Smith", "Annie")]          // a source that put the full name in the preferred name
    [InlineData("  Zoë   Ångström ", "Zoë")]
    [InlineData("Jean-Luc", "Jean-Luc")]
    [InlineData("山田\u3000太郎", "山田")]           // an ideographic space separates words too
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Preferred_name_is_cut_to_the_first_name(string? preferred, string? expected)
    {
        Assert.Equal(expected, PersonalDataPolicy.FirstName(preferred));
    }

    static readonly LoyaltyCustomer Annie = new(42, "Annie Smith", "Annie", "annie@example.com", "North", "Champions", 5, 5, 5, 3, 12,
        1234.50m, 0.75, new DateOnly(2023, 1, 2), new DateOnly(2024, 6, 28));

    [Fact]
    public void A_masked_row_keeps_id_and_first_name_hides_the_full_name_and_masks_the_email()
    {
        var masked = PersonalDataPolicy.Apply(Annie, PersonalDataView.Masked);

        Assert.Null(masked.FullName);
        Assert.Equal("Annie", masked.PreferredName);
        Assert.Equal("a•••@example.com", masked.Email);
        Assert.Equal(Annie with { FullName = null, Email = "a•••@example.com" }, masked);   // nothing else changed
        Assert.Equal(new object?[] { 42, null, "Annie", "a•••@example.com" }, masked.CsvCells().Take(4));
    }

    [Fact]
    public void The_full_view_gives_the_row_unchanged()
    {
        Assert.Same(Annie, PersonalDataPolicy.Apply(Annie, PersonalDataView.Full));
        Assert.Equal(new[] { Annie }, PersonalDataPolicy.Apply(new[] { Annie }, PersonalDataView.Full));
    }

    [Fact]
    public void A_unicode_name_without_email_is_masked_to_its_first_word()
    {
        var zoe = Annie with { FullName = "Zoë Ångström-Øby", PreferredName = "Zoë Å.", Email = null };

        var masked = PersonalDataPolicy.Apply(new[] { zoe }, PersonalDataView.Masked).Single();

        Assert.Equal((null, "Zoë", null), (masked.FullName, masked.PreferredName, masked.Email));
    }
}
