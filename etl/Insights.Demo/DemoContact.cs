namespace Insights.Demo;

/// <summary>A row of the contact-log export (contacts.csv).</summary>
/// <param name="ContactId">Unique id.</param>
/// <param name="CustomerId">The customer contacted or contacting.</param>
/// <param name="ContactedAt">Contact time (UTC).</param>
/// <param name="Channel">
/// Staff interaction (visit, phone, letter, email, audio_video_conference, instant_message) or self-service portal event
/// (portal_login, portal_order, portal_account_change).
/// </param>
/// <param name="Direction">inbound (from the customer) or outbound.</param>
/// <param name="DurationSeconds">Length of calls, visits, chats and portal sessions; null for letters, e-mails and single clicks.</param>
/// <param name="Topic">What the contact was about (order_status, complaint, marketing, login, ...).</param>
public readonly record struct DemoContact(
    long ContactId,
    int CustomerId,
    DateTime ContactedAt,
    string Channel,
    string Direction,
    int? DurationSeconds,
    string Topic);
