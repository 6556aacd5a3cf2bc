namespace SearchService.Core.Analysis;

/// <summary>Folds the letters people leave out on foreign keyboards: å, ä and æ to a; ö and ø to o;
/// é and è to e; ü to u. Two spellings that fold alike differ only in their diacritics.</summary>
internal static class DiacriticFolding
{
    /// <summary>The folded form of a lower-case word.</summary>
    public static string Fold(string word) => string.Create(word.Length, word, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>Whether <paramref name="spelling"/> is <paramref name="typed"/> with diacritics added, none taken away
    /// or changed ("länder" of "lander", not "ovanlig" of "ovänlig").</summary>
    public static bool AddsDiacritics(string typed, string spelling)
    {
        if (typed.Length != spelling.Length)
        {
            return false;
        }
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] != spelling[i] && typed[i] != Fold(spelling[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static char Fold(char c) => c switch
    {
        'å' or 'ä' or 'æ' or 'à' or 'á' or 'â' => 'a',
        'ö' or 'ø' or 'ó' or 'ô' => 'o',
        'é' or 'è' or 'ê' => 'e',
        'ü' => 'u',
        _ => c,
    };
}
