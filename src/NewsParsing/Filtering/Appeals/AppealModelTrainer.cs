namespace NewsParsing.Filtering.Appeals;

/// <summary>One labeled paragraph for training: its text, its outlet's key and whether it is the outlet's appeal.</summary>
internal readonly record struct LabeledParagraph(string Text, string? OutletKey, bool IsAppeal);

/// <summary>
/// Trains <see cref="AppealModel"/>: logistic regression with AdaGrad steps and a small L2 penalty, over the examples in
/// an order shuffled by a fixed seed, so the same examples always give the same weights.
/// </summary>
internal static class AppealModelTrainer
{
    internal const int Epochs = 12;
    internal const double LearningRate = 0.2;
    internal const double L2 = 1e-4;
    internal const int Seed = 1;

    public static AppealModel Train(IReadOnlyList<LabeledParagraph> examples)
    {
        var features = new int[examples.Count][];
        for (int i = 0; i < examples.Count; i++)
        {
            string text = examples[i].Text;
            int[] buffer = new int[AppealModel.MaxFeatures(text.Length)];
            int count = AppealModel.Features(text, examples[i].OutletKey, buffer);
            features[i] = buffer[..count];
        }

        var weights = new double[AppealModel.Size];
        var squares = new double[AppealModel.Size];
        Array.Fill(squares, 1e-8);
        int[] order = [.. Enumerable.Range(0, examples.Count)];
        var random = new Random(Seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                int[] f = features[i];
                double z = 0;
                foreach (int k in f)
                {
                    z += weights[k];
                }

                double gradient = AppealModel.Sigmoid(z) - (examples[i].IsAppeal ? 1 : 0);
                foreach (int k in f)
                {
                    double g = gradient + (L2 * weights[k]);
                    squares[k] += g * g;
                    weights[k] -= LearningRate * g / Math.Sqrt(squares[k]);
                }
            }
        }

        return new AppealModel([.. weights.Select(w => (float)w)]);
    }
}
