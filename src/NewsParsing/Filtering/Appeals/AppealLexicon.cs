using NewsParsing.Filtering.Matching;

namespace NewsParsing.Filtering.Appeals;

/// <summary>
/// The built-in cue phrases, grouped by <see cref="AppealCue"/> with a weight each. They model kinds of appeal
/// (asks addressed to the reader, the outlet's voice about itself, prices per period, meters, walls), not the
/// sentences of particular publishers. Phrases are matched case-insensitively on normalized text, so
/// "you've" and "youve", "$6/month" and "$6month", "ad-free" and "ad free" are the same; <c>0</c> stands for any number.
/// </summary>
internal static class AppealLexicon
{
    // category | weight | phrases separated by ';'. A phrase ending in * matches word prefixes. A button is the
    // opening words of a short paragraph, so "donate" already covers "Donate now": no button extends another.
    private const string Table = """
        Ask|10|please support; please consider supporting; please consider a; please consider making; please consider giving; please consider donating; please consider joining; please consider becoming; please donate; please give; give what you can; chip in; pitch in; make a gift; make a contribution; make a donation; make a one time; making a contribution; making a gift; making a donation; support us; support our work; support our journalism; support our reporting; support our newsroom; support our mission; support independent journalism; support independent news; support independent media; support independent reporting; support quality journalism; support the journalism; support journalism; support this work; support the work; supporting our work; supporting our journalism; supporting us; help support our; help support independent; help us keep; help us continue; help us report; help us tell; help us get there; help us reach; help us do; help us stay; help us cover; help fund; help sustain; help keep our; keep our journalism; keep our reporting; keep our newsroom; fund our journalism; fund our reporting; fund our work; funds our journalism; fund the next; donate to; donate now; donate today; donate monthly; give today; give now; give monthly; give every month; contribute today; contribute now; your support; your donation; your gift; your contribution; your generosity; every contribution; every donation; every gift; any amount; of any size; of any amount; big or small; no matter the size; no matter how small; however small; one time or monthly; one time or every month; monthly or one time; monthly gift; monthly contribution; monthly donation; recurring donation; recurring gift; recurring contribution; regular gift; stand with us; need your help; needs your help; needs your support; need your support; we need you; can you help; could you help; will you help; will you chip; will you support; will you join; would you consider; consider supporting; consider donating; consider a donation; consider making; consider becoming; consider joining; consider a gift; consider giving; consider a tax; small favour to ask; small favor to ask; something to ask; here is our ask; so here is our ask; our ask; we have a request; now we have a request; a request; ill give; continue to support; back our journalism; back our independent; back our reporting; back our work; sustain our; sustain it; please join; please become; please help; takes only a minute; takes less than a minute; it only takes a minute; only takes a minute; cant do it without you; cant do this without you; couldnt do it without you; couldnt do this without you; could not do this without you; we are asking; were asking you; we ask that you; keep us going; keeps us going; keep us independent; keeps us independent; keep us free; from readers like you; viewers like you; listeners like you; supporters like you; members like you; give once; support now; every dollar helps; every bit helps; every little helps; gift will be matched; your gift will; start your free trial; start your trial; double my gift; double your gift; double your impact; were asking readers; we are asking readers; will you be one; sustaining members; members who give; members who pay; who pay for it; chose to pay; because readers; nobody funds; no one funds; people who read it; we answer to; we do it without; pay what you can; once or every month; every penny; straight to the newsroom; your membership; helps keep; keeps reporters; a few dollars; make a tax deductible gift; a tax deductible gift; will you be next; name your own price; become a shareholder
        Ask|10|in your will; gift in your will; gifts in wills; leave a legacy; leave a gift; a legacy gift; planned giving; legacy giving
        Ask|6|bequest; tax deductible; step up; keeps a reporter; so we can keep; keep it that way; also pays for; card gift; harder to pay for
        Ask|8|with a donation; a donation today; a gift today; a contribution today; gift of 0; a gift of; give to; invite readers; we ask readers; ask readers; we ask you; we invite you; support our; do you rely on; do you count on; do you depend on; do you turn to; do you value; if you value; if you rely on; if you appreciate; if you enjoy; if you believe; if you can; if you are able; are able to; every dollar; every euro; every pound; every rand; every peso; any contribution; one off; sustaining member; sustainer; founding member; help us; donate*; if you enjoyed; if you liked; if you found this; consider upgrading; cant afford that; how you can help
        Membership|10|become a member; become a supporter; become a patron; become a builder; becoming a member; becoming members; becoming a supporter; membership starts; join our community; join the readers who; join thousands; join us today; join today; join now
        Membership|6|new in the; new in our; wear it proud; wear it with pride; our tees; our hoodies; our mugs; our merch; our merchandise
        Membership|8|our agm
        Membership|3|have your say
        Membership|6|join with; members get; members enjoy; members will; members receive; member benefits; membership from; join the community; community of members; community members; become a subscriber; supporter for; without ads; exclusive content; members only; bonus episodes; sponsor free community member; by joining; become part of; wed love you to; love you to join; join us; join our; join the; insider; plus membership; premium membership; receive our; print edition; print magazine; invitation to our; paid members; free reader; free readers; tote bag; tote; enamel pin; thank you gift; ships free; ship free
        Membership|3|ad free; membership; supporter; perks
        Platform|8|on patreon; via patreon; buy me a coffee; on ko fi; on steady; supporting us on; support us on; liberapay; open collective; ko fi
        Platform|4|through patreon; paypal
        Platform|2|patreon
        Paywall|3|subscribe*; subscribing; gift subscription; trial; ad lite
        Goal|10|away from our goal; help us get there; help us reach our; reach our goal; our goal of; meet our goal; need to raise; we need to raise; matched dollar for dollar; our goal is; goal is to raise; so far were at; so far we have raised; were aiming for; pledge drive; year end campaign; spring drive; fundraising drive ends; member drive; donors short; now is the moment; new members by; we need 0 new; readers have already given; have already given; campaign ends; our spring campaign; our fall campaign; our winter campaign; our summer campaign; 0 new donors; new donors by; 0 new supporters; readers have given; will match it; match it dollar for dollar; generous donors will match; of the way there; weve launched a crowdfunder; we have launched a crowdfunder; our crowdfunder; our crowdfunding
        Goal|6|our goal; a big goal; dollar for dollar; will be matched; matching gift; double the impact; doubled; new members before; by midnight; aiming to welcome; to raise 0 by; were at 0; aiming for 0; year end; fundraiser; webathon; runs through; short of the; we need; now is the time to; 0 new members; to close it out
        Goal|3|so far
        Mission|8|readers like you; people like you; reader funded; reader supported; reader powered; listener supported; member supported; community funded; readers who fund; funded by readers; funded by our readers; funded by its readers; supported by readers; supported by our readers; paid for by readers; readers pay for; rely on readers; rely on our readers; depend on readers; depends on readers; depend on our readers; thanks to readers; thanks to our readers; because of the people who; the people who chip in; answers to no; answer to no; answers to nobody; no billionaire; no shareholders; no corporate owner; no one can tell us; nobody pays us; not free to produce; journalism is expensive; journalism is costly; journalism costs; journalism like ours; discerning readers; journalism you rely on; news you can trust; reporting you can trust; journalism you can trust; reporting you can actually trust; news you can actually trust; made possible by our members; made possible by readers; stories like this one exist; without fear or favour; without fear or favor; sets our agenda; never locked; no paywall; keep it free; keep it open; free for everyone; journalism open to all; reporting open to all; open to all readers; free to read; funded entirely by; funded by viewers; funded by listeners; funded by members; funded by our members; supported by viewers; no government funding; not funded by; dont answer to; answer only to; accountable only to; only to you; only to our readers; we are a small team; independent media outlet; independent newsroom; independent outlet; independence is; that independence; costs real money; nobody owns; no one owns; this newsroom; choose to fund; who fund it; who fund us; depend entirely on; rely entirely on; dont accept funding; do not accept funding; readers abroad; on readers; still independent; no conglomerate; corporate parent; no political patron; single dollar of; without a party line; except the people who; takes money; keeping that promise; no investors; no venture capital*; without any government; supported by grants; nonprofit news network; 0c0; public charity; this story appeared in; this article appeared in; and it always will be; always will be; support from readers; support from our readers; not backed by; few independent; kind of news media; owned by more than; equal say; owned by members; journalism is in trouble; journalism is in crisis; journalism is under threat; without government money; no government money; without government funding
        Mission|6|more than ever; hold the powerful accountable; holds the powerful accountable; hold power to account; holds power to account; deserve journalism; deserves journalism; give our stories away; we take no; we dont take money; we do not take money; no funding from
        Mission|4|our journalism; our reporting; our journalists; our reporters; our newsroom; our coverage; our work; our mission; our independence; our readers; our future; our site; our website; independent journalism; independent news; independent reporting; quality journalism; fearless; nonprofit newsroom; non profit newsroom; free for all; open to everyone; a paywall; behind a paywall; put up a paywall; no owner; owner or shareholder; no advertisers; costs money; is costly; is expensive; we rely on; we depend on; trustworthy; must read; readers around the world; millions of readers; made possible by; exist because; stories like this; reporting like this; work like this; rely on us; turn to us; depend on us; count on us; our ask; we launched; we founded; we started; since day one; from the first; accountability reporting; public service journalism; nonpartisan; non partisan; what we do; independent media; independent voice; no corporate; corporate sponsors; no ads; no advertising; free from; small team; our team; our staff; our editors; our investigations; our investigative; our fact check*; we believe; we have been; weve been; we cover; we report; we publish; our audience; viewers and listeners; not free; real money; ad market; newsroom; is an independent; non profit; nonprofit; paid for by; accept funding; slow and expensive; behind us; party line; our offices; editor in chief; individual donors; pay for itself; we refuse to; we report from; we have done it since; foundation money; is you; keep existing; decades; editorial independence; supported by paid; independent publications; independent publication
        Mission|10|not owned by a billionaire; does not run ads; independent non profit; an independent nonprofit; does not pay for itself; billionaire owned; owned by the people who read; owned by its readers; owned by our readers; owned by its members; owned by our members; owned by its journalists; maintains editorial independence; we hope you found; hope you found this; found this article useful; found this useful
        Salutation|10|dear reader; a note to our readers; note to our readers; a note to readers; a message to our readers; a letter to our readers; remind me later; remind me in; remind me next; maybe later; not ready to give; were glad youre here; glad youre here; thanks for being a regular; thank you for reading; thanks for reading; thank you for your support; thanks for your support; dear friend; dear supporter; dear viewers; dear listeners; a personal appeal; an appeal from; a message from our editor; a letter from the editor; from the editor; a note from; from the editors; from our editors; a word from; a note from our; not right now; ill do it later; do it later; not today; im already a member; i already gave; already gave; a letter from; from our editor; from the editor in chief; editor here; its the editor; the one request; one request we make; with gratitude
        Salutation|6|dear readers; to our readers; before you go; before you move on; before you keep reading; before you continue; a quick word from; from our newsroom; from the newsroom; no thanks; thank you for being; we are glad; were really pleased; really pleased; we noticed; a message from; dismiss
        Salutation|3|thank you; thanks
        Meter|10|article limit; of your 0 free; your free articles; reached your limit; end of your free; last free article; free articles; articles this month; articles in the past month; articles over the past month; articles in the last month; articles over the last month; free articles left; articles left; free stories; free story; of your free; your free reads; stories left; free reads; remaining this month; left this month; youve opened; stories this month; we dont charge; arent free to make; not free to make
        Meter|8|youve read; you have read; youve reached; you have reached; read 0 articles; free article; articles this year; articles in the past; articles over the past; reached the end of your
        Meter|6|arent free; free to make
        Paywall|10|reserved for subscribers; reserved for members; exclusive to subscribers; available to subscribers; available only to subscribers; subscribe to continue; subscribe to keep reading; subscribe to read; subscribe now; subscribe today; subscribers only; for subscribers only; subscriber only; is for subscribers; cancel anytime; cancel any time; try unlimited; to continue reading; keep reading for; get unlimited access; unlimited access to; special offer; limited time offer; this content is for; premium content; premium subscribers; subscribers can read; only for subscribers; is exclusive for; try it free; try for free; 0 day trial; register to read; log in to read; sign in to read; subscribe to the; subscribe to our; full digital access; unlimited digital access; keep reading with; is for members; for members only; read everything; everything on the site; rest of todays; account log in; account sign in; print subscription; paid subscription; unlimited online access; full archive; upgrade to paid; upgrade to a paid; subscribers get; free for 0 days; no obligation; automatic renewal; auto renew*; continue reading your; continue reading this article
        Paywall|6|subscribe for; subscribe to; unlimited access; full access; digital access; get access; cancel at any time; free trial; your trial; during your trial; for your first year; your first month; for the first month; every 0 weeks; for 0 weeks; keep reading; continue reading; subscriber exclusive; billed; introductory; best value; unlock; to read this article; this article is for; to read more; read the full; digital subscription; your first 0*; first 0 weeks; digital edition; the rest of; print magazine plus; issues a year; take out a; upgrading; upgrade your subscription; subscribers can; subscribers also get; digital only; gift them a; gift a year; gift a subscription; give a gift subscription
        Paywall|4|all access
        Paywall|10|ask about our corporate; our corporate plans; our group subscriptions; our team plans; group subscriptions for; corporate subscriptions for
        Paywall|8|tickets for subscribers; tickets for members; discount for subscribers; subscriber discount; subscribers save; book your place; book your places; book your seat; book your ticket; book your tickets
        Login|10|already a subscriber; already a member; already subscribed; already have an account; already registered; already a community member; create a free account; register for free; register to continue; to hide these messages; this message will disappear; hide this message; sign in here; log in here; register now; create your free account; please log in; please sign in; registered users; to keep reading sign in; sign in to continue; log in to continue; sign in or; log in or; existing subscribers; current subscribers; subscribers can sign; subscribers can log; subscribed on another device; sign back in; on another device; existing subscriber; current subscriber; returning subscriber
        Login|6|sign in; log in; login; create an account; sign up free; free account; sign in to; log in to
        Newsletter|10|straight to your inbox; delivered to your inbox; directly to your inbox; in your inbox every; to your inbox; into your inbox; sign up for our; sign up to our; subscribe to our newsletter; our newsletter; daily newsletter; weekly newsletter; free newsletter; get our newsletter; sign up for our free; sign up now; sign up today; email newsletter; weekly email; daily email; morning briefing; evening briefing; subscribe to our free; newsletter arrives; our free newsletter; put your email; enter your email; your email here; dont miss a beat; briefing every; sign up for the free; our weekly dispatch; weekly dispatch; free daily briefing; daily briefing; forward this to a friend; forwarded this; someone forward this; did someone forward; sign up here; wherever you listen; wherever you get your podcasts; wherever you get podcasts; our podcast; news podcast; download our app; get our app; our free app; text us; get back to you; to receive our; our messages; our telegram; our whatsapp; whatsapp channel; telegram channel; download now; by providing an email; by providing your email; i agree to the terms; forward it to a friend; forward this email; forward this newsletter; was this forwarded to you; forwarded this email; hit subscribe; hit the subscribe; smash that subscribe; so you never miss; never miss an episode; never miss a story; never miss an update; on google news; follow us on; our youtube channel; our channel
        Newsletter|8|download the; news app; our app; app store; google play
        Newsletter|6|newsletter; newsletters; in your inbox; sign up to; daily digest; our best stories; our top stories; biggest stories; dont miss; stay informed; stay up to date; up to speed; our daily; weekly letter; get the best; your email; email address; every weekday; weekday morning; podcast; apple podcasts; listen to the; listen to our; its free; breaking news; as it happens; privacy policy; terms of use; stay current; on whatsapp; on telegram; on facebook; on instagram; on twitter; on tiktok; on youtube; on linkedin; on bluesky; on threads; on mastodon; on x
        Newsletter|4|inbox; arrives every; our free; every morning; every week; each week; every saturday; every sunday; every friday; decoded; every monday; every tuesday; every wednesday; every thursday; free daily; sign up for
        Price|6|0 a month; 0month; 0 per month; 0 a week; 0 per week; 0week; for as little as; from just 0; 0 a year; 0year; 0 per year; as little as; from just; for just 0; starting at 0; starts at 0; from 0 a; only 0 for; less than 0 a; just 0 a; starting at 0*; from 0*; for 0*; just 0*; only 0*; as little as 0*; dollars a month; euros a month; pounds a month; a month or more; a month and
        Button|10|donate; subscribe; support; contribute; give; join; become a member; become a supporter; sign up; sign in; log in; keep reading; continue; not now; no thanks; close; maybe later; remind me later; yes; get access; start free trial; see offers; learn more; dismiss; skip; later; register; double my gift; double; count me in; i want to; im in; i want in; sign me up; not right now; not today; ill do it later; im already a member; i already gave; become a; become an; upgrade
        Reader|3|you; your; youre; youve; yours; youll; youd
        Outlet|2|we; our; us; ours; weve; well; wed
        Speech|12|said; says; in a statement; said on; said in; she said; he said; they said; officials said
        Reported|12|according to; told; wrote; tweeted; posted on; spokesman; spokeswoman; spokesperson; read one email; read one message; read one text; read one post; read one letter; read one sign; read one flyer; read one mailer; read one placard; read one banner; read one headline; read one such; one such appeal; such appeals; an email sent; fundraising email; fundraising emails; the email read; the email said; the message read; listing reads; the email reads; the message reads; told readers; one recent version
        Reported|12|asked residents; urged residents; asked the public; urged the public; called on residents; asked people to; urged people to; opened with the line; opens with the line; the appeal read; the appeal reads; the pitch read; the pitch reads; researchers say; experts say; analysts say; critics say; advocates say; economists say; scientists say; studies show; researchers found; survey found; poll found; study found
        Reported|4|saying; found that; a survey; a poll; a study; stated; announced; added; urged; urging; appealed; called on; asked that; quoted; reported that; confirmed; reads; wrote in; committed to; pledged; has pledged; agreed to
        ThirdParty|4|people can; residents can; taxpayers; the scheme; under the scheme; red cross; gofundme; go fund me; charity; charities; foundation; organizers; organisers; organization; organisation; ministry; government; officials; authorities; the company; volunteers; campaign; crowdfunding campaign; fundraising drive; the group; the fund; its director; its organizer; nonprofit group; donation page; blood; donors of; appeal for; un; unicef; nato; eu; european union; parliament; lawmakers; senate; congress; president; minister; council; raised; has raised; had raised; it raised; prosecutors; police; court; judge; investigators; the case; arrested; charged; detained; questioned; netflix; spotify; disney; hulu; amazon; youtube; users; app store; apps store; store listing; united nations; world bank; pleaded; not guilty; indicted; convicted; sentenced; on trial; the trial; trial of; stand trial; murder trial; criminal trial; fraud trial; trial judge; retrial; a trial; trial date; federal; unions; union; strike; strike funds; trades councils; workers; food bank; food banks; coordinator
        ThirdPerson|2|he; she; his; her; hers; him; they; their; theirs; them; its; themselves; itself; himself; herself
        MediaBusiness|4|shops; bookshops; retailers; subscription boxes; subscription box; customer; publishers; publisher; publishing group; regional groups; the paper; newspapers; newspaper; executives; analysts; revenue; news industry; metered; subscription business; digital subscribers; paying subscribers; paid subscribers; 0 subscribers; 0 members; 0 donors; donors; backers; media analysts; outlets; news outlets; the outlet; broadcaster; the times; the post; the company; advertising income; subscription economy; asks readers; asked readers; requiring subscriptions; took down its paywall; its paywall; their paywall; the model; public radio; media outlets; exiled media; the newspaper; the site; the website; the app; the platform; the service; streaming; the channel; tier; plan; plans; up from; bundles; bundle; services; carriers; companies; media companies; prices; price increase; industry; industrys; customers; charges; investors; funding from investors; conversions; became a nonprofit; institute; has focused on; rather than; launched in 0; raising the price; raise prices; raised prices; price hike; goes from; rises from; jumps from; will no longer; plans to drop; price change; price changes; price increases; price rise; billing date
        Ask|10|our tax number; our tax id; designate one per cent; designate 0 per cent; designate one percent; designate 0 percent; costs you nothing extra
        Ask|8|your monthly support; your support pays; monthly support
        Membership|10|become a friend
        Mission|6|held the powerful to account; hold the powerful to account; holding the powerful to account; holds the powerful to account
        ThirdParty|4|fema; those who want to help; anyone who wants to help; people who want to help; those wishing to; anyone wishing to; to volunteer; drop off supplies; collection points
        MediaBusiness|4|tiers; paid tiers; subscription product; own model; business model; funding model; revenue model; weekday paper; sunday paper
        Reported|4|what this means in practice; the most important answers; answers to your questions; analysis is based on; the full dataset; the dataset; data obtained; figures obtained; methodology
        Speech|12|he told; she told; officials told; told lawmakers; told legislators; told reporters; told journalists; told a hearing; told the hearing; told the committee; told parliament; told mps; told councillors; told a news conference; told a press conference
        Paywall|6|without interruptions; read without interruptions; uninterrupted reading; unlocks; subscription options; subscription plans
        Login|10|link your account; link your subscription; link your print subscription; activate your digital access; activate your online access; activate your account
        Login|6|print subscriber
        Button|10|see subscription options; see subscription plans; view subscription options; see all plans; see plans; view plans; see all offers; view offers; compare plans; choose your plan; choose a plan
        Mission|8|never been owned by; owned by a hedge fund or; poking the powerful; independent student newspaper; student run newspaper; entirely written and produced by; supported by members; supported by its members; supported by our members; reporting you count on; journalism you count on
        Paywall|10|upgrade now
        Paywall|6|annual plan; on an annual plan; free edition; the free edition; read every story; read every article; every story in full; plans start at
        Newsletter|6|like this story; like this article; enjoyed this story; enjoyed this article; for the latest updates; watch us live
        Ask|8|secure donation; a secure donation; one off donation; a monthly donation; a recurring donation; stand with independent; stand with free
        Mission|8|depends on people who; depends on readers who; possible because of readers; possible because of people who; supported by more than; members and supporters; stays that way because; stay that way because; a single ruble; a single rouble; cannot accept a single; only outlet in the room
        Salutation|3|thats it for today; thats it for tonight; thats all for today; thats all for this week; see you tomorrow; see you next week; until next time
        Login|10|not a member; not yet a member; not a subscriber; not yet a subscriber
        Reported|12|is asking businesses; is asking residents; is asking the public; is asking people; is asking donors; is asking volunteers; is urging residents; is urging community members; is urging the public; is urging people; is urging donors; are asking residents; are urging residents; asking businesses to; urging community members
        Ask|8|support the reporters; support the journalists; support our reporters; support local reporters; support local news; support local journalism
        Newsletter|6|for the latest news; listen live; news alerts; local news alerts; breaking news alerts; tune in to
        Mission|8|may be republished; republished online or in print; under creative commons
        Salutation|6|good morning; good evening
        Mission|8|newspaper sold by; paper sold by; street paper; buy each paper; from a vendor; buy from a vendor; a not for profit organisation dedicated to; a not for profit organization dedicated to; a nonprofit publisher; nonprofit publisher dedicated to; only possible because; because our subscribers pay; because our members pay
        Membership|10|become a paid subscriber; become a paying subscriber; become a paid member
        Ask|6|if you want more of
        Reported|12|the caption reads; the caption read; caption reads; the post reads; the post read; the poster reads; the flyer reads; the leaflet reads; the sign reads; the ad reads; the advert reads; the text reads; the letter reads; the note reads; the banner reads; the tweet reads; the tweet read
        Reported|12|if you want to give; if you want to donate; if you wish to donate; if you wish to give; if you plan to donate; if you plan to give; if you decide to donate; before you donate; before donating
        Paywall|10|this is a preview; you are reading a preview; youre reading a preview; this article is a preview
        Membership|6|free for paying members; free for members; for paying members; free to members
        Membership|10|become paying subscribers; become paid subscribers; become paying members; become paid members
        Mission|8|possible only because; public benefit organisation; public benefit organization
        Mission|6|thousands of you
        Ask|8|what you give us; what they give us; get back 0 of what; you can do that here; you can do so here; you can do it here
        Paywall|8|give a subscription; give them a year; give someone a year; e edition; the e edition
        Paywall|10|this article is available to; this story is available to; this content is available to; this article is only available to; this story is only available to; upgrade to read; upgrade to keep reading; upgrade to continue reading; upgrade to unlock
        Paywall|8|our subscriptions page; our subscription page; our membership page; our memberships page
        Paywall|6|free subscriber; free subscribers
        Mission|8|news you can rely on; journalism you can rely on; reporting you can rely on
        Newsletter|8|share this post; share this newsletter; share this email; following us on; smart speaker to play
        Mission|8|supported by paying subscribers; supported by its subscribers; supported by subscribers; if you like what you read
        Membership|6|reserve your seat; reserve your spot; save your seat; book your seat
        Newsletter|6|stay updated; on social media for; real time updates
        Paywall|4|e paper; epaper
        Newsletter|8|delivered free each morning; delivered free every morning; delivered free each day; delivered free every day
        Login|10|already a pro member; already a premium member; already a plus member; already a pro subscriber; already a premium subscriber
        Paywall|8|read the full story in; print and digital editions
        Ask|8|give a koha; koha today
        Ask|10|tap here to give; tap here to donate; tap to give; click here to give; click here to donate
        Ask|8|a contribution of; whatever feels right; whatever you can afford
        Paywall|10|exclusive for subscribers; exclusive for members; requested to subscribe
        Reported|12|spotted by our; seen by our; witnessed by our; by our reporter; by our reporters; by our correspondent; obtained by; documents seen by
        Reported|12|our readers asked; readers have asked us; readers asked us
        Mission|6|is not cheap; isnt cheap; because of our readers; because of our advertisers and readers; thanks to our advertisers
        Ask|8|a monthly pledge; with a monthly pledge; a one off pledge
        Paywall|10|continue reading with a subscription; to read this article in full; read this article in full; to read this story in full
        Ask|8|only with your help; member today
        Newsletter|6|for live updates; get an alert; get alerts
        Newsletter|8|free to download
        Salutation|10|maybe next time
        Button|10|nah; maybe next time
        Ask|8|back independent journalism; back local journalism; back student journalism; a small gift; give through
        Mission|8|answers to its readers; answers to our readers; answer to our readers; answers to no one; answer to no one; no hedge fund; no chain owner; no billionaire owner
        Mission|8|our budget comes from; of our budget comes; budget comes from listeners; comes from listeners; comes from readers; comes from viewers; worth paying for; community supported; listener funded
        Mission|6|do not receive government; dont receive government; no government advertising; dont have investors; do not have investors; have no investors; no political backers; our costs go up; our costs are; our costs have; our revenues
        Mission|4|bringing you
        Paywall|10|available in full to; is available in full
        Newsletter|6|join more than 0; join over 0; join 0
        Reported|4|requested the records; requested records; first requested
        Button|10|cancel anytime; cancel any time
        Reported|4|you have probably seen; youve probably seen; you may have seen; you might have seen; you probably saw
        Reported|12|here is what to know; heres what to know; what to know before you go
        Reported|4|our guide to; our review of; we tested; in our testing; our picks
        MediaBusiness|4|non subscribers; began charging; started charging; will start charging; paywall that; launched a paywall; rolling out a; rolled out a; one off price; a one off purchase; sells for; perpetual license; offers a subscription
        Login|10|account to keep reading; account to continue reading; account to comment; free account to
        Mission|8|independently owned; dont take money from; do not take money from; rely on people buying; by fans for fans; free since 0; belong to everyone; takes a community; owned by its contributors; owned by our contributors
        Ask|8|pay what you like; pay what you want; you set the price; name your price
        Mission|8|this investigation took; this story took; this reporting took; this series took; does not receive a single; doesnt receive a single; receives no money from; does not receive any money
        Goal|10|our reader campaign; reader campaign aims; our campaign aims to raise
        Goal|6|aims to raise
        Ask|8|our support page; give by card; donate by card; even 0 makes a difference
        Ask|4|makes a difference
        Membership|3|joining the
        Speech|12|she added; he added; they added; told the crowd; told the meeting; told the rally; she urged; he urged; she wrote; he wrote
        ThirdParty|4|non members; their membership; their memberships; which costs; membership costs; struggled to log in; unable to log in; failed to log in; could not log in; couldnt log in
        MediaBusiness|4|will cost; will now cost; raised the price
        Reported|12|readers have sent; have sent dozens of questions; readers have been asking; have been asking us; here are answers; the short answer
        Reported|4|interactive map; where you can enter your address; enter your postcode to find; enter your zip code to find
        Mission|8|run by more than 0 volunteers; run by volunteers; we are a charity; dont get a penny; do not get a penny; not a penny from; coalition of donors; retain editorial independence; family owned and independent
        Mission|8|voices of the unheard; stands for justice; too often go untold; stories that go untold; untold stories; funded by you; not by billionaires; community chips in; has always been free; always been free
        Mission|6|our reporters are inside; our reporters are on the ground; at great risk; at real risk; our citizen journalists; this story was produced by; this article was produced by; journalism students; student journalists
        Profile|3|has been telling; stories since; media organisation; media organization; news service; news agency
        Ask|8|a few bucks; toss them our way; keeps us in; or bank transfer; via bank transfer; by bank transfer; every ringgit; every shilling; every naira; every penny counts; every cent counts; every dollar counts
        Goal|10|ive set a goal; i have set a goal; set a goal of
        Login|10|dont have an account; do not have an account; register with your email; account to save; account to follow
        Login|8|create a free
        Paywall|10|available exclusively to; choose a plan; choose your plan; only to paying subscribers; go only to paying
        Paywall|8|our premium; off the cover price; six issues for; twelve issues for; 0 issues for; this one is free
        Paywall|6|subscribe online
        Newsletter|8|forward it to; forward this to; not on the list; no spam; every time a new episode; turn on notifications; helps the channel; before they hit the wires; get the stories behind
        Platform|8|patrons get; patrons receive
        Button|10|subscriber login; subscriber log in; member login; send me the; email address; your email address; enter your email
        Reported|12|the full episode; the full segment; the full interview; the full conversation
        Login|10|log in to listen; sign in to listen; log in to watch; sign in to watch
        Reported|12|reached out to; for comment; declined to comment; did not respond to; did not immediately respond; update this post if; update this story if
        Reported|4|our verdict; our recommendation
        MediaBusiness|4|one time fee; a one time fee; software update; tax credit; nonprofit newsrooms
        Mission|8|funded in part by readers; funded in part by our readers; do not accept advertising; dont accept advertising; we do not accept; investigates power; no corporate sponsors; charge no subscription; no subscription fees; fully open access; no institutional backing
        Mission|8|carries no advertising; when nobody else would; when no one else would; independent of governments; independent of government; independent of political parties; not part of a big publishing group; never take money from; we never take money
        Mission|8|listener powered; viewer powered; member powered; survives on the support of; support of readers who; depends on subscribers; depends on supporters; subscribers and supporters; want it to stay that way; i want it to stay; takes me the better part
        Profile|3|media platform; analysis platform; established in; bimonthly magazine; monthly magazine; weekly magazine; quarterly magazine; magazine dedicated to; published since; nonprofit publisher; media development; english language daily; online publication; journalism platform; telling the stories of
        Ask|10|send the reporter a tip; tip the reporter; a regular donation; with a regular donation; if you find it useful
        Paywall|10|members get unlimited access; subscribers get unlimited access; the rest of this post; the rest of this article; the rest of this story; is for paid subscribers; is for paying subscribers; for paid subscribers only; is for premium members; for premium members; this video is for
        Paywall|8|becoming a paid subscriber; a paid subscriber; our online shop; available now in our; test for free
        Login|10|already a paid subscriber; already a paying subscriber; must be registered; logged in to comment; register here
        Newsletter|10|start your day with; youre reading the newsletter; you are reading the newsletter
        Newsletter|8|morning newsletter; newsletter instead
        Button|10|buy us a coffee; buy me a coffee
        Price|6|0 dollars a month; 0 dollars a year; 0 dollars per month; 0 dollars per year; 0 euros a month; 0 euros a year; 0 euros per month; 0 euros per year; 0 pounds a month; 0 pounds a year; 0 pounds per month; 0 pounds per year; 0 rand a month; 0 rand a year; 0 rand per month; 0 rand per year; 0 shillings a month; 0 shillings a year; 0 shillings per month; 0 shillings per year; 0 naira a month; 0 naira a year; 0 naira per month; 0 naira per year; 0 pesos a month; 0 pesos a year; 0 pesos per month; 0 pesos per year; 0 rupees a month; 0 rupees a year; 0 rupees per month; 0 rupees per year; 0 cedis a month; 0 cedis a year; 0 cedis per month; 0 cedis per year; 0 francs a month; 0 francs a year; 0 francs per month; 0 francs per year; 0 dinars a month; 0 dinars a year; 0 dinars per month; 0 dinars per year; 0 a quarter; 0 per quarter
        Goal|10|we aim to raise; we are at 0; our annual fundraising; fundraising telethon; telethon aims
        Login|10|please register below; registration is free; register below
        Paywall|8|subscribe from; licences available; licenses available; our commercial department; request a trial for; news feed starts at; is for 0 subscribers; story is for; group subscription plans
        Newsletter|8|to receive the daily bulletin; daily bulletin; available by email to; available on android; android and iphone; consent to receive; unsubscribe at any time; by clicking the sign up; by signing up you; pop your email; deals email
        Mission|8|take no money; not financed by; one of the last independent; independent of all political; our journalists have been imprisoned; small group of volunteers; we have no staff; without funding from; the only european media; run by an association; student newspaper of; written and produced by students; distributed free
        Mission|8|oldest student newspaper; independent of the university; weve weathered; run by runners; funded by runners; answering to nobody; owns a stake in us; our members are the reason; paid subscriptions are what; keep these explainers free; with our own money; never accept free; keeps our reviews honest
        Mission|8|cannot run on goodwill; unpaid student volunteers; student run; student media organisation; student media organization; official student publication; our grants dont cover; where you come in; backed by readers; a billionaire owner; funded almost entirely by readers; dont run clickbait
        Ask|10|back us on kickstarter; every dollar you give; goes to the strike fund
        Button|10|i support; share inside; back us on
        Login|10|not a member yet; continue reading with a; continue reading with
        Login|8|create your free
        Membership|8|member only discounts; member only
        Paywall|8|in print and online is; a year of the
        Ask|8|keep local reporting alive; keep local journalism alive; the best way to keep
        Ask|10|pledge online; call in during
        Mission|8|without a single commercial; powered by more than; powered by listeners; we are powered by; we are the ones
        Mission|6|local journalism is essential; journalism is essential
        Newsletter|8|straight to your phone
        Profile|3|newspaper since; has been on the air
        Reported|4|posted in a message; posted a message; in a message to; the simplest way to save; the easiest way to save; way to save is; reply to this email; we read everything
        Reported|4|what we do know; what we know so far; youve probably noticed; you have probably noticed; you may have noticed; you might have noticed; our advice; blocking register; has documented; documented more than; geolocated; our full dataset; tipline; tip line; want us to check; claims they want checked
        Reported|12|this episode was reported; reported and produced by; this story was reported; this report was produced with
        Speech|12|coaches say; doctors say; advisers say; advisors say
        Login|10|already a supporter; already a citizen; create a free itvx; sign in or create; requires an account; create your account; register in the app; check your institutions access
        Paywall|10|available to 0 subscribers; subscribers and registered users; is for 0 members; exclusive to 0 subscribers; reserved for 0 subscribers; goes to paid subscribers; this is a free post
        Goal|10|our fall fundraiser; our spring fundraiser; fundraiser is under way; trying to raise; we are at 0 donors; contributed 0 so far
        Ask|10|tip jar; beer mug in the sidebar; donating to us
        Mission|8|does not run advertising; doesnt run ads; doesnt take sponsorship; does not accept money; not affiliated with any party; the only independent radio; founded in exile; reporting like this takes time; investigations like this one take; it costs money to; supported by subscriptions; not advertising; the independent voice of; owned by the same
        Newsletter|8|never miss the news; never miss an alert; on whatsapp and get
        Button|10|get the magazine; create account; i subscribe; ive already contributed; hide this message; premium content
        Profile|3|newspaper; online newspaper; digital newspaper; daily newspaper; weekly newspaper; news platform; news site; news website; news portal; news outlet; news magazine; online magazine; publication; broadcaster; radio station; network of journalists; team of journalists; group of journalists; independent journalists; has reported on; has reported from; has covered; has been covering; has been reporting; in english since; keeping you informed; trusted by
        Mission|6|trusted by readers; trusted by our readers; trusted by millions of readers
        Membership|6|early bird passes; early bird tickets; early bird pricing; early bird rate
        Newsletter|4|rounds up; round up of; roundup of; most read
        Newsletter|8|listen to this episode; listen to the full episode; listen to the episode
        BigMoney|4|taxes; income tax; residence tax; tax system; municipalities; deduct; billion; million; bn; trillion; 0m; 0bn; 0 0bn
        """;

    static AppealLexicon()
    {
        (Phrases, Cues, Weights, RepeatedPhrases) = ParseTable(Table);

        // Buttons count only as the whole start of a short paragraph, so they are matched apart, anchored; the
        // automaton holds every other phrase, and maps its pattern numbers back to phrase ids.
        // The news cues ("said", "million", "he") are most of what news text matches, and they matter only to a
        // paragraph with some appeal evidence: they have an automaton of their own, run on those paragraphs alone.
        AutomatonPhraseIds = [.. Enumerable.Range(0, Phrases.Length).Where(i => Cues[i] != AppealCue.Button && !IsNews(Cues[i]))];
        Automaton = new CueAutomaton([.. AutomatonPhraseIds.Select(i => Phrases[i])]);
        NewsPhraseIds = [.. Enumerable.Range(0, Phrases.Length).Where(i => IsNews(Cues[i]))];
        NewsAutomaton = new CueAutomaton([.. NewsPhraseIds.Select(i => Phrases[i])]);
        ButtonPhraseIds = [.. Enumerable.Range(0, Phrases.Length).Where(i => Cues[i] == AppealCue.Button)];
        ButtonSymbols = [.. ButtonPhraseIds.Select(i => TextNormalizer.Normalize(Phrases[i]))];
        UsPhraseId = Enumerable.Range(0, Phrases.Length).Single(i => Cues[i] == AppealCue.Outlet && Phrases[i] == "us");
        WellPhraseId = Enumerable.Range(0, Phrases.Length).Single(i => Cues[i] == AppealCue.Outlet && Phrases[i] == "well");
        YouPhraseIds = [.. Enumerable.Range(0, Phrases.Length).Where(i => Cues[i] == AppealCue.Reader && Phrases[i] is "you" or "your")];
        OneWordNewsPhrases = BuildOneWordNewsPhrases();
    }

    /// <summary>Every phrase, by pattern id.</summary>
    public static string[] Phrases { get; }

    /// <summary>The cue of each phrase.</summary>
    public static AppealCue[] Cues { get; }

    /// <summary>The weight of each phrase.</summary>
    public static int[] Weights { get; }

    /// <summary>The phrase id of each pattern of <see cref="Automaton"/>.</summary>
    public static int[] AutomatonPhraseIds { get; }

    /// <summary>The phrase id of each pattern of <see cref="NewsAutomaton"/>.</summary>
    public static int[] NewsPhraseIds { get; }

    /// <summary>
    /// One-word news phrases by their text ("spokesman", "union", "tribune"), so that an outlet whose name is such a word
    /// (spokesman.com) does not read its own name as news.
    /// </summary>
    public static Dictionary<string, int> OneWordNewsPhrases { get; }

    /// <summary>The phrase ids of the buttons.</summary>
    public static int[] ButtonPhraseIds { get; }

    /// <summary>The normalized symbols of each button, in <see cref="ButtonPhraseIds"/> order.</summary>
    public static byte[][] ButtonSymbols { get; }

    /// <summary>The phrase id of the pronoun "us" (which "US", the country, must not count as).</summary>
    public static int UsPhraseId { get; }

    /// <summary>Reads a table of "Cue|weight|phrase; phrase" lines; a phrase repeated under one cue keeps its first weight and is reported.</summary>
    internal static (string[] Phrases, AppealCue[] Cues, int[] Weights, string[] Repeated) ParseTable(string table)
    {
        var patterns = new List<string>();
        var cues = new List<AppealCue>();
        var weights = new List<int>();
        var unique = new HashSet<(AppealCue, string)>();
        var repeated = new List<string>();
        foreach (string line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = line.Split('|');
            var cue = Enum.Parse<AppealCue>(parts[0]);
            int weight = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            foreach (string phrase in parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!unique.Add((cue, phrase)))
                {
                    repeated.Add($"{cue}|{phrase}");
                    continue;
                }

                patterns.Add(phrase);
                cues.Add(cue);
                weights.Add(weight);
            }
        }

        return ([.. patterns], [.. cues], [.. weights], [.. repeated]);
    }

    /// <summary>
    /// Phrases the table lists twice under one cue ("Cue|phrase"); only the first weight counts, so a repeat is a
    /// mistake in the table (a test keeps this empty).
    /// </summary>
    public static IReadOnlyList<string> RepeatedPhrases { get; }

    /// <summary>The phrase id of "well", the normalized "we'll" (which the adverb in "as well as" must not count as).</summary>
    public static int WellPhraseId { get; }

    /// <summary>The phrase ids of "you" and "your" (which do not address the reader inside a name such as "All You Can Fly").</summary>
    public static int[] YouPhraseIds { get; }

    /// <summary>Verbs that open a call to action ("Get the newsletter", "Become a member"), normalized.</summary>
    public static byte[][] ImperativeSymbols { get; } = Normalized("get; keep; request; create; buy; call; enjoy; tune in; read every; read unlimited; read all of; sign; book; watch; remember; subscribe; dont miss; never miss; stay; catch; follow us; join; download; listen; follow; become; donate; give; support; try; upgrade; start; claim; unlock; register; chip; help; consider; make; please; tap; click; text; forward; share; discover; grab; choose; pick; renew; sponsor; contribute; pledge");

    /// <summary>Calls to action that may open a later sentence of a paragraph ("… exclusive analysis. Subscribe to the Monitor …"), normalized.</summary>
    public static byte[][] SentenceCallSymbols { get; } = Normalized("download the; request a; tune in; follow us; subscribe; sign up; sign in; log in; register; donate; become a member; become a subscriber; become a supporter; join us; upgrade; unlock; start your; claim your; get unlimited; get full access; give them a year; give someone a year");

    /// <summary>Words that open a greeting to the reader ("Dear Tablet reader,", "Hi there,"), normalized.</summary>
    public static byte[][] GreetingSymbols { get; } = Normalized("dear; hi; hello; hey; greetings");

    /// <summary>Roles that close a letter's sign-off ("Jane Roe, editor-in-chief"), normalized.</summary>
    public static byte[][] SignoffSymbols { get; } = Normalized("editor; editors; editor in chief; executive editor; managing editor; publisher; editor and publisher; founder; co founder; cofounder; executive director; ceo; chief executive; president and ceo; and the team; the team; the newsroom");

    private static Dictionary<string, int> BuildOneWordNewsPhrases()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Phrases.Length; i++)
        {
            if (IsNews(Cues[i]) && Phrases[i].All(char.IsAsciiLetterLower))
            {
                words.TryAdd(Phrases[i], i);
            }
        }

        return words;
    }

    private static byte[][] Normalized(string phrases) =>
        [.. phrases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => TextNormalizer.Normalize(p))];

    /// <summary>The phrases that count as evidence of an appeal (not buttons, pronouns, prices, the outlet's profile or news cues): what a user would put in a regex.</summary>
    public static IEnumerable<string> PositivePhrases =>
        Phrases.Where((_, i) => Cues[i] is not (AppealCue.Button or AppealCue.Reader or AppealCue.Outlet or AppealCue.Price or AppealCue.Profile) && !IsNews(Cues[i])).Distinct();

    /// <summary>Whether a cue kind is evidence of news (reporting, speech, third parties, business, big money) rather than of an appeal.</summary>
    public static bool IsNews(AppealCue cue) =>
        cue is AppealCue.Reported or AppealCue.Speech or AppealCue.ThirdParty or AppealCue.ThirdPerson or AppealCue.MediaBusiness or AppealCue.BigMoney;

    /// <summary>The compiled matcher for the appeal, voice and price phrases (every phrase but the buttons and the news cues).</summary>
    public static CueAutomaton Automaton { get; }

    /// <summary>The compiled matcher for the news cues (<see cref="IsNews"/>), run only where a paragraph has appeal evidence.</summary>
    public static CueAutomaton NewsAutomaton { get; }
}
