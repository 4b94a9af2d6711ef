package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.DeliveryOption;
import org.shopchat.bot.orders.Money;

import java.util.List;

/**
 * The names, places and products the demo data is made of. Written for this project, Apache-2.0; all people,
 * streets and e-mail domains are fictional ({@code .example} domains, Ofcom's drama range for phone numbers).
 */
final class DemoCatalogue {

    record Product(String name, long pricePence, boolean personalised) {
    }

    record Place(String outwardCode, String town, boolean remote) {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Amara", "Ben", "Chloe", "Daniel", "Eilidh", "Farah", "George", "Hannah", "Imran", "Jess", "Kieran",
            "Leah", "Mohammed", "Niamh", "Oliver", "Poppy", "Rhys", "Sofia", "Tom", "Una", "Vikram", "Wendy",
            "Yusuf", "Zara", "Callum", "Daisy", "Ewan", "Freya", "Harvey", "Isla", "Jack", "Katie", "Liam",
            "Megan", "Nathan", "Orla", "Priya", "Ryan", "Siobhan", "Theo");

    static final List<String> LAST_NAMES = List.of(
            "Adeyemi", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones",
            "Kelly", "Lewis", "MacLeod", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh", "Taylor",
            "Walsh", "Wright", "Young", "Ahmed", "Murphy", "Thompson", "Clarke", "Robinson", "Khan", "Wood");

    static final List<String> MAIL_DOMAINS = List.of("inbox.example", "mail.example", "post.example");

    static final List<String> STREETS = List.of(
            "Acacia Avenue", "Beech Grove", "Church Lane", "Derwent Road", "Elm Street", "Fountain Close",
            "Granby Terrace", "Hawthorn Drive", "Ivy Crescent", "Juniper Way", "Kingsley Road", "Larch Court",
            "Mill Lane", "Nelson Street", "Orchard Rise", "Park View", "Queen's Walk", "Rowan Gardens",
            "Station Road", "Victoria Parade");

    static final List<Place> PLACES = List.of(
            new Place("LS6", "Leeds", false), new Place("M20", "Manchester", false),
            new Place("B15", "Birmingham", false), new Place("BS8", "Bristol", false),
            new Place("EH10", "Edinburgh", false), new Place("CF11", "Cardiff", false),
            new Place("NE2", "Newcastle upon Tyne", false), new Place("NG7", "Nottingham", false),
            new Place("SW11", "London", false), new Place("E17", "London", false),
            new Place("N16", "London", false), new Place("G12", "Glasgow", false),
            new Place("BT9", "Belfast", true), new Place("OX4", "Oxford", false),
            new Place("CB1", "Cambridge", false), new Place("YO31", "York", false),
            new Place("BN2", "Brighton", false), new Place("L17", "Liverpool", false),
            new Place("S11", "Sheffield", false), new Place("EX4", "Exeter", false),
            new Place("NR2", "Norwich", false), new Place("IV2", "Inverness", true));

    static final List<Product> PRODUCTS = List.of(
            new Product("Merino wool jumper, navy", 4900, false),
            new Product("Organic cotton T-shirt, white", 1400, false),
            new Product("Slim-fit chinos, stone", 3900, false),
            new Product("Linen shirt, sky blue", 3500, false),
            new Product("Wrap dress, forest green", 5500, false),
            new Product("High-waisted jeans, indigo", 4500, false),
            new Product("Quilted jacket, black", 7900, false),
            new Product("Wool-blend coat, camel", 12900, false),
            new Product("Cotton socks, 3-pack", 950, false),
            new Product("Cashmere scarf, grey", 5900, false),
            new Product("Leather ankle boots", 8900, false),
            new Product("Canvas trainers, white", 4200, false),
            new Product("Suede loafers, tan", 6500, false),
            new Product("Running shoes, charcoal", 7500, false),
            new Product("Wellington boots, olive", 3800, false),
            new Product("Slippers, sheepskin", 3200, false),
            new Product("Linen duvet cover, double", 6500, false),
            new Product("Percale sheet set, king", 5200, false),
            new Product("Feather pillow, pair", 3400, false),
            new Product("Bath towel set, 4 pieces", 2800, false),
            new Product("Monogrammed bath towels, pair", 3600, true),
            new Product("Monogrammed pillowcases, pair", 2900, true),
            new Product("Tea towels, 3-pack", 1200, false),
            new Product("Enamel kettle, cream", 3400, false),
            new Product("Two-slice toaster, sage", 4500, false),
            new Product("Steam iron", 3900, false),
            new Product("Cast-iron casserole dish", 7900, false),
            new Product("Stoneware dinner set, 12 pieces", 6900, false),
            new Product("Glass tumblers, set of 6", 1800, false),
            new Product("Scented candle, fig", 1600, false),
            new Product("Wool throw, mustard", 4800, false),
            new Product("Ceramic table lamp", 5400, false));

    private DemoCatalogue() {
    }

    /** docs/demo-shop.md, "Delivery". Remote areas pay the remote-area price whatever option they chose. */
    static Money deliveryCharge(DeliveryOption option, Money itemsTotal, boolean remote) {
        if (remote) {
            return Money.ofPence(695);
        }
        return switch (option) {
            case STANDARD -> itemsTotal.pence() >= 5000 ? Money.ZERO : Money.ofPence(395);
            case EXPRESS -> Money.ofPence(695);
            case NOMINATED_DAY -> Money.ofPence(595);
            case CLICK_AND_COLLECT -> itemsTotal.pence() >= 3000 ? Money.ZERO : Money.ofPence(295);
        };
    }

    /** Working days from dispatch to delivery, the upper end of each option's promise. */
    static int transitWorkingDays(DeliveryOption option, boolean remote) {
        if (remote) {
            return 7;
        }
        return switch (option) {
            case STANDARD -> 5;
            case EXPRESS -> 1;
            case NOMINATED_DAY -> 3;
            case CLICK_AND_COLLECT -> 4;
        };
    }
}
