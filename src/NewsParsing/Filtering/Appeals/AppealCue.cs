namespace NewsParsing.Filtering.Appeals;

/// <summary>The kinds of evidence the appeal analyzer looks for. Positive kinds point to an appeal; the rest point to news.</summary>
internal enum AppealCue
{
    /// <summary>An ask to give money or support addressed to the reader ("chip in", "any amount", "support our journalism").</summary>
    Ask,

    /// <summary>An invitation to join or become a member, with perks ("become a member", "ad-free").</summary>
    Membership,

    /// <summary>Support routed through a third-party platform ("on Patreon").</summary>
    Platform,

    /// <summary>A fundraising goal or matching drive ("away from our goal").</summary>
    Goal,

    /// <summary>The outlet talking about itself, its independence, costs and readers ("reader-funded", "no billionaire owner").</summary>
    Mission,

    /// <summary>A salutation, sign-off or dismissal ("Dear reader", "Before you go", "Remind me later").</summary>
    Salutation,

    /// <summary>An article meter ("you've read 3 free articles").</summary>
    Meter,

    /// <summary>A paywall or subscription offer ("subscribe to keep reading", "cancel anytime").</summary>
    Paywall,

    /// <summary>A log-in or registration wall ("already a subscriber? sign in").</summary>
    Login,

    /// <summary>A newsletter sign-up ("straight to your inbox").</summary>
    Newsletter,

    /// <summary>A small price per period ("$6 a month", "for as little as").</summary>
    Price,

    /// <summary>A call-to-action word that counts only in a very short paragraph that starts with it ("Donate", "Subscribe").</summary>
    Button,

    /// <summary>Second person ("you", "your").</summary>
    Reader,

    /// <summary>First person plural ("we", "our").</summary>
    Outlet,

    /// <summary>Reported speech ("said", "told", "according to"): news.</summary>
    Reported,

    /// <summary>Third parties that raise or receive money ("Red Cross", "ministry", "organizers"): news.</summary>
    ThirdParty,

    /// <summary>Third-person pronouns ("she", "their"): news.</summary>
    ThirdPerson,

    /// <summary>The business of media as a news topic ("publishers", "digital subscribers"): news.</summary>
    MediaBusiness,

    /// <summary>Large sums ("billion", "million"): news.</summary>
    BigMoney,

    /// <summary>A speech tag ("said", "says", "in a statement"): someone else's words, reported. News.</summary>
    Speech,

    /// <summary>
    /// What a publication is and since when ("online newspaper", "network of journalists", "has reported on", "since
    /// 1986"): counts only in a paragraph that opens with the outlet's own name, as the outlet describing itself.
    /// </summary>
    Profile,
}
