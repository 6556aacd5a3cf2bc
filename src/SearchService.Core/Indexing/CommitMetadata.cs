using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;

namespace SearchService.Core.Indexing;

/// <summary>
/// What each commit of the paragraph index records beside its documents (Lucene's commit user data):
/// when it was made, the <see cref="AnalysisMode"/> it was built with and the version of that
/// analysis. Written by <see cref="IndexUpdater"/>, read by the searcher and at every start.
/// </summary>
public static class CommitMetadata
{
    /// <summary>Commit user-data key holding the commit's time (ISO 8601, UTC).</summary>
    public const string CommitTimeKey = "commitTime";

    /// <summary>Commit user-data key naming the <see cref="AnalysisMode"/> the index was built with.</summary>
    public const string AnalysisKey = "analysis";

    /// <summary>Commit user-data key holding <see cref="AnalysisVersion"/>: an index built by an earlier
    /// analysis has other terms (stems, not base forms) and is rebuilt rather than searched wrongly.</summary>
    public const string AnalysisVersionKey = "analysisVersion";

    /// <summary>The version of the analyses' terms; raised whenever a change needs a re-index.
    /// 2: base forms from the Swedish lexicon, every run of compound parts. 3: noun plurals the dictionary
    /// stores on a verb meet their noun ("åtgärder" → åtgärd, not åtgärda), "bostäder" → bostad. 4: a verb's
    /// forms the dictionary spells out meet the verb ("döljer" → dölja), long verb forms the short one ("deltaga" →
    /// delta), "händer" → hända. 5: no stop words among the words as written (<see cref="ParagraphFields.TextWords"/>). 6: an inflected word
    /// splits only where its last part inflects as it does ("statliga" is no "stat" + "liga"), a noun made of a
    /// verb only as the verb splits ("handling" is no "hand" + "ling"); linking forms stand for their noun ("krigs" →
    /// krig); agent nouns are words of their own ("lärare"); irregular verb forms meet their verb ("finns" → finnas). 7: strong
    /// verbs' forms after a particle the dictionary lists meet the verb ("antog" → anta, "utgjorde" → utgöra), "hyr" →
    /// hyra; an uninflected word ends in no inflected three-letter part ("heller" is no "hel" + "ler"); a last part
    /// the dictionary lists as a word is that word ("knäled": "led", not "lida"); compounds with an irregular head split
    /// again ("medlemsländer", "storstäder"); strong verbs' forms the dictionary reads as other words ("drev", "vann");
    /// participles in "-ad" meet their verb ("fattade" → fatta). 8: "-lek" after an adjective is no part ("storlek" is
    /// no "stor" + "lek"); "fort" is a verb particle ("fortfarande", "fortsätta" stay whole); a name is no compound
    /// ("Damberg", "Stockholm"), but for an institution's ("Trafikverket") and a narrowed name ("Västeuropa"). 9: a past
    /// tense the dictionary spells out as a participle's weak form meets its verb ("fortsatte" → fortsätta, "växte" →
    /// växa, "spridde" → sprida); a name is its own base form where the rules read it as a form no noun takes ("anna",
    /// "kuba", "bildt": no "ann", "kub", "bild"); a participle's form in "-a" meets the verb where the participle is also a
    /// noun ("nämnda" → nämna, not "nämnd", a committee). 10: closed-class words the dictionary's rules read as forms of
    /// other words are their own base form ("hos", "samt", "bara", "via": no "hoa", "sam", "bar", "vi"), and verb forms
    /// the dictionary lacks meet their verb ("råder" → råda, "byts" → byta); an adjective in "-isk" is a word of its own
    /// ("typiska" → typisk, not "typ"; "israeliska" → israelisk, not the language); a supine made of a strong verb's
    /// spelled-out past after a particle meets the verb ("utgjort" → utgöra); "långa" → lång, "års" → år, "kr" → krona.
    /// 11: a strong verb's form that is also a noun is the noun as a compound's part ("sågverk": "såg", not "se";
    /// "drogpolitik": "drog", not "dra"; "levercancer": "lever", not "leva"); "-est" ends no compound ("ångest" is no
    /// "Ånge" + "est"); "hela" → hel (not the verb to heal), "låga" → låg (not a flame), "rått" → råda, "dolt" → dold.
    /// 12: a paragraph's text shorter than a sentence is scored as a sentence long (<c>Ranking.ShortestParagraphWords</c>);
    /// the length norm is written at indexing. 13: each paragraph's text key for listing each text once
    /// (<c>ParagraphFields.TextKey</c>, <c>DistinctTexts</c>).</summary>
    public const string AnalysisVersion = "13";

    /// <summary>The data of a commit made now by <paramref name="mode"/>.</summary>
    public static Dictionary<string, string> For(AnalysisMode mode) => new()
    {
        [CommitTimeKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        [AnalysisKey] = AnalysisModes.Name(mode),
        [AnalysisVersionKey] = AnalysisVersion,
    };

    /// <summary>The analysis a commit records; null when it records none.</summary>
    public static AnalysisMode? Analysis(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(AnalysisKey, out var name) && AnalysisModes.TryParse(name, out var mode) ? mode : null;

    /// <summary>When a commit was made; null when it does not say.</summary>
    public static DateTimeOffset? CommitTime(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(CommitTimeKey, out var value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    /// <summary>Whether the committed index at <paramref name="indexFolder"/> was built by an earlier
    /// analysis (<see cref="AnalysisVersion"/>) and must be rebuilt. An index that cannot be read is not
    /// called stale: opening it reports why.</summary>
    public static bool IsStale(string indexFolder)
    {
        try
        {
            // The commit point alone holds the version: no segment is opened (this runs at every start).
            using var directory = FSDirectory.Open(indexFolder);
            var commit = new SegmentInfos();
            commit.Read(directory);
            return IsStale(commit.UserData);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether an index with this commit data was built by an earlier analysis.</summary>
    public static bool IsStale(IDictionary<string, string> commitData) =>
        !commitData.TryGetValue(AnalysisVersionKey, out var version) || version != AnalysisVersion;

    /// <summary>Whether <paramref name="indexFolder"/> holds a committed index.</summary>
    public static bool Exists(string indexFolder)
    {
        if (!System.IO.Directory.Exists(indexFolder))
        {
            return false;
        }
        using var directory = FSDirectory.Open(indexFolder);
        return DirectoryReader.IndexExists(directory);
    }
}
