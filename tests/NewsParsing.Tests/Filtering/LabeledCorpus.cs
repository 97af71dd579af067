using NewsParsing.Filtering;

namespace NewsParsing.Tests.Filtering;

/// <summary>Cleans a labeled folder (labels.jsonl in the dev corpus format) and counts what the pipeline got right.</summary>
internal sealed record LabeledScore(int TruePositives, int FalsePositives, int FalseNegatives, int HardNegatives, int HardNegativesRemoved, IReadOnlyList<string> Mistakes)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double HardNegativeRemovalRate => HardNegatives == 0 ? 0 : (double)HardNegativesRemoved / HardNegatives;

    public override string ToString() =>
        $"precision {Precision:F4}, recall {Recall:F4} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}), tricky news removed {HardNegativesRemoved}/{HardNegatives}"
        + (Mistakes.Count == 0 ? string.Empty : Environment.NewLine + string.Join(Environment.NewLine, Mistakes));

    public static LabeledScore Measure(string folder, NewsFilterPipeline pipeline)
    {
        int tp = 0, fp = 0, fn = 0, hard = 0, hardRemoved = 0;
        var mistakes = new List<string>();
        foreach (SharedCorpusAcceptanceTests.Label label in SharedCorpusAcceptanceTests.ReadLabels(folder))
        {
            NewsDocument doc = NewsParser.Default.ParseFile(Path.Combine(folder, label.File));
            NewsCleaningResult result = pipeline.Clean(doc);
            var removed = result.Removed.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
            var boilerplate = label.Boilerplate.ToHashSet(StringComparer.Ordinal);
            foreach (string b in boilerplate)
            {
                if (removed.Contains(b))
                {
                    tp++;
                }
                else
                {
                    fn++;
                    mistakes.Add($"missed  {label.File}: {b}");
                }
            }

            foreach (NewsRemovedParagraph r in result.Removed.Where(r => !boilerplate.Contains(r.Text)))
            {
                fp++;
                mistakes.Add($"removed {label.File}: {r.Text} [{r.Reason}]");
            }

            hard += label.HardNegatives.Length;
            hardRemoved += label.HardNegatives.Count(removed.Contains);
        }

        return new LabeledScore(tp, fp, fn, hard, hardRemoved, mistakes);
    }
}
