using System.Globalization;

namespace Insights.Demo;

/// <summary>
/// Complaint wording from templates. Customers type what they like, so some sentences hold apostrophes, commas, double
/// quotes, ampersands and angle brackets: pages that show complaints must encode them.
/// </summary>
static class ComplaintTexts
{
    // {product}, {order}, {days} and {amount} are filled in; the rest is the customer's own words.
    static readonly Dictionary<string, string[]> Templates = new()
    {
        ["delivery_delay"] =
        [
            "My order #{order} is {days} days late and nobody has told me why.",
            "Still waiting for order {order}. The tracking page just says \"in transit\" & hasn't changed in {days} days!",
            "I paid for next-day delivery, it's been {days} days. Not acceptable.",
            "Delivery was promised for Monday, it arrived {days} days later, after I'd already bought elsewhere.",
        ],
        ["damaged_item"] =
        [
            "The {product} arrived damaged, the box was crushed & soaked.",
            "Opened the parcel and the {product} was broken. I'd like a replacement, not a voucher.",
            "Item \"{product}\" came with a cracked seal, I won't use it.",
            "Packaging torn open, {product} leaking all over my other shopping.",
        ],
        ["wrong_item"] =
        [
            "I ordered {product} but received something else entirely.",
            "Wrong item in order #{order}: the label says \"{product}\" but that's not what's inside.",
            "Got two of something I never ordered and none of the {product} I paid for.",
        ],
        ["billing_error"] =
        [
            "I was charged twice for order #{order}: {amount} & {amount} again.",
            "The receipt shows {amount} but my card was charged more. Please explain <urgent>.",
            "Discount code wasn't applied, I paid {amount} instead of the advertised price.",
            "Refund of {amount} promised {days} days ago, still nothing on my statement.",
        ],
        ["product_quality"] =
        [
            "The {product} is not what it used to be, quality has really dropped.",
            "{product} went off {days} days before the best-before date.",
            "Disappointed: \"{product}\" stopped working after {days} days.",
            "Quality of {product} is poor, it doesn't match the description on the site.",
        ],
        ["staff_behaviour"] =
        [
            "The cashier was rude to me & my kids, I won't be coming back to that store.",
            "Staff member said \"not my problem\" when I asked for help.",
            "Waited 20 minutes at the service desk while two employees chatted, shocking.",
            "I'd like to complain about the manager's attitude when I asked about a refund.",
        ],
        ["website_problem"] =
        [
            "Checkout keeps failing with <Error 500> & my basket gets emptied.",
            "The app logged me out three times while paying, I gave up.",
            "Site says 'in stock' but then <out of stock> at checkout. Fix your website!",
            "Password reset e-mail never arrives, I can't get into my account.",
        ],
    };

    public static string Compose(Random random, string category, string productName, long orderId, decimal amount)
    {
        var template = random.Pick(Templates[category]);
        return template
            .Replace("{product}", productName, StringComparison.Ordinal)
            .Replace("{order}", orderId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{days}", (2 + random.Next(12)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{amount}", amount.ToString("0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
