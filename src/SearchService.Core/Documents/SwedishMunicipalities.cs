namespace SearchService.Core.Documents;

/// <summary>Sweden's 290 municipalities and the region (county) each lies in, as listed by SCB
/// (Statistiska centralbyrån, "Kommuner och län"). Gotland is both a municipality and a region.</summary>
public static class SwedishMunicipalities
{
    /// <summary>A municipality and its region's canonical name (<see cref="SwedishRegions"/>).</summary>
    public sealed record Municipality(string Name, string Region);

    // Region → its municipalities, in SCB's order of counties.
    private static readonly (string Region, string Names)[] ByRegion =
    [
        ("Stockholm", "Botkyrka, Danderyd, Ekerö, Haninge, Huddinge, Järfälla, Lidingö, Nacka, Norrtälje, Nykvarn, Nynäshamn, Salem, Sigtuna, Sollentuna, Solna, Stockholm, Sundbyberg, Södertälje, Tyresö, Täby, Upplands-Bro, Upplands Väsby, Vallentuna, Vaxholm, Värmdö, Österåker"),
        ("Uppsala", "Enköping, Heby, Håbo, Knivsta, Tierp, Uppsala, Älvkarleby, Östhammar"),
        ("Sörmland", "Eskilstuna, Flen, Gnesta, Katrineholm, Nyköping, Oxelösund, Strängnäs, Trosa, Vingåker"),
        ("Östergötland", "Boxholm, Finspång, Kinda, Linköping, Mjölby, Motala, Norrköping, Söderköping, Vadstena, Valdemarsvik, Ydre, Åtvidaberg, Ödeshög"),
        ("Jönköping", "Aneby, Eksjö, Gislaved, Gnosjö, Habo, Jönköping, Mullsjö, Nässjö, Sävsjö, Tranås, Vaggeryd, Vetlanda, Värnamo"),
        ("Kronoberg", "Alvesta, Lessebo, Ljungby, Markaryd, Tingsryd, Uppvidinge, Växjö, Älmhult"),
        ("Kalmar", "Borgholm, Emmaboda, Hultsfred, Högsby, Kalmar, Mönsterås, Mörbylånga, Nybro, Oskarshamn, Torsås, Vimmerby, Västervik"),
        ("Gotland", "Gotland"),
        ("Blekinge", "Karlshamn, Karlskrona, Olofström, Ronneby, Sölvesborg"),
        ("Skåne", "Bjuv, Bromölla, Burlöv, Båstad, Eslöv, Helsingborg, Hässleholm, Höganäs, Hörby, Höör, Klippan, Kristianstad, Kävlinge, Landskrona, Lomma, Lund, Malmö, Osby, Perstorp, Simrishamn, Sjöbo, Skurup, Staffanstorp, Svalöv, Svedala, Tomelilla, Trelleborg, Vellinge, Ystad, Åstorp, Ängelholm, Örkelljunga, Östra Göinge"),
        ("Halland", "Falkenberg, Halmstad, Hylte, Kungsbacka, Laholm, Varberg"),
        ("Västra Götaland", "Ale, Alingsås, Bengtsfors, Bollebygd, Borås, Dals-Ed, Essunga, Falköping, Färgelanda, Grästorp, Gullspång, Göteborg, Götene, Herrljunga, Hjo, Härryda, Karlsborg, Kungälv, Lerum, Lidköping, Lilla Edet, Lysekil, Mariestad, Mark, Mellerud, Munkedal, Mölndal, Orust, Partille, Skara, Skövde, Sotenäs, Stenungsund, Strömstad, Svenljunga, Tanum, Tibro, Tidaholm, Tjörn, Tranemo, Trollhättan, Töreboda, Uddevalla, Ulricehamn, Vara, Vårgårda, Vänersborg, Åmål, Öckerö"),
        ("Värmland", "Arvika, Eda, Filipstad, Forshaga, Grums, Hagfors, Hammarö, Karlstad, Kil, Kristinehamn, Munkfors, Storfors, Sunne, Säffle, Torsby, Årjäng"),
        ("Örebro", "Askersund, Degerfors, Hallsberg, Hällefors, Karlskoga, Kumla, Laxå, Lekeberg, Lindesberg, Ljusnarsberg, Nora, Örebro"),
        ("Västmanland", "Arboga, Fagersta, Hallstahammar, Kungsör, Köping, Norberg, Sala, Skinnskatteberg, Surahammar, Västerås"),
        ("Dalarna", "Avesta, Borlänge, Falun, Gagnef, Hedemora, Leksand, Ludvika, Malung-Sälen, Mora, Orsa, Rättvik, Smedjebacken, Säter, Vansbro, Älvdalen"),
        ("Gävleborg", "Bollnäs, Gävle, Hofors, Hudiksvall, Ljusdal, Nordanstig, Ockelbo, Ovanåker, Sandviken, Söderhamn"),
        ("Västernorrland", "Härnösand, Kramfors, Sollefteå, Sundsvall, Timrå, Ånge, Örnsköldsvik"),
        ("Jämtland Härjedalen", "Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre, Östersund"),
        ("Västerbotten", "Bjurholm, Dorotea, Lycksele, Malå, Nordmaling, Norsjö, Robertsfors, Skellefteå, Sorsele, Storuman, Umeå, Vilhelmina, Vindeln, Vännäs, Åsele"),
        ("Norrbotten", "Arjeplog, Arvidsjaur, Boden, Gällivare, Haparanda, Jokkmokk, Kalix, Kiruna, Luleå, Pajala, Piteå, Älvsbyn, Överkalix, Övertorneå"),
    ];

    /// <summary>All 290 municipalities, by region in the official order, then alphabetically.</summary>
    public static IReadOnlyList<Municipality> All { get; } =
        [.. ByRegion.SelectMany(r => r.Names.Split(", ").Select(name => new Municipality(name, r.Region)))];

    private static readonly NameLookup<Municipality> Names = new(
        All.Select(m => (m.Name, m)),
        prefixes: ["region "],
        suffixes: [" kommun", " kommuns", " stad", " stads"]);

    /// <summary>The municipality a person or a document names, forgivingly: any case, without
    /// diacritics when that is unambiguous ("malmo"; "habo" is Habo, "Håbo" only as written), with
    /// "kommun" or "stad" after it ("Umeå kommun", "Göteborgs Stad") and in the genitive. Null when
    /// it names none.</summary>
    public static Municipality? Find(string name) => Names.Find(name);
}
