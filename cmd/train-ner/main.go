// Command train-ner trains the named-entity tagger of internal/nlp/tagger
// on the project's NER training data and writes the model and a JSON record
// of how it was made (data checksums, epochs, features, dev F1):
//
//	go run ./cmd/train-ner --data ../shared/train/ner --out internal/nlp/tagger/model/ner.bin
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"eventgraph/internal/nlp/tagger"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := run(ctx, os.Args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(usageError)):
		fmt.Fprintln(os.Stderr, "train-ner:", err)
		os.Exit(1)
	case err != nil:
		fmt.Fprintln(os.Stderr, "train-ner:", err)
		os.Exit(2)
	}
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("train-ner", flag.ContinueOnError)
	data := fs.String("data", "", "folder with conll2003_train.jsonl.gz and conll2003_dev.jsonl")
	out := fs.String("out", "internal/nlp/tagger/model/ner.bin", "model file to write; the JSON record goes beside it")
	gmb := fs.Bool("gmb", false, "also train on gmb_train.jsonl.gz (types mapped to CoNLL's)")
	var opts tagger.TrainOptions
	fs.IntVar(&opts.Epochs, "epochs", 0, "most epochs per pass (0: default)")
	fs.Uint64Var(&opts.Seed, "seed", 1, "shuffling seed")
	fs.BoolVar(&opts.BIO, "bio", false, "decode over BIO instead of BILOU states")
	fs.BoolVar(&opts.OnePass, "one-pass", false, "leave out the label-consistency pass")
	fs.IntVar(&opts.Prune, "prune", 0, "drop features whose largest weight is below this many quanta (0: default)")
	fs.IntVar(&opts.PruneL1, "prune-l1", 0, "drop features whose weights have a smaller L1 norm (0: choose on dev, -1: keep all)")
	fs.IntVar(&opts.MinFeatureCount, "min-count", 0, "drop features seen fewer times (0: default)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" {
		return usageError{"--data is required"}
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	opts.Logger = logger
	opts.Data = map[string]string{}

	read := func(name string, types map[string]string) ([]tagger.Sentence, error) {
		s, sum, err := tagger.ReadCorpusFile(filepath.Join(*data, name), types)
		if err != nil {
			return nil, err
		}
		opts.Data[name] = sum
		logger.Info("data read", slog.String("file", name), slog.Int("sentences", len(s)))
		return s, nil
	}
	train, err := read("conll2003_train.jsonl.gz", tagger.CoNLLTypes)
	if err != nil {
		return err
	}
	if opts.Dev, err = read("conll2003_dev.jsonl", tagger.CoNLLTypes); err != nil {
		return err
	}
	if *gmb {
		g, err := read("gmb_train.jsonl.gz", tagger.GMBTypes)
		if err != nil {
			return err
		}
		train = append(train, g...)
	}

	m, err := tagger.Train(ctx, train, opts)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	record, err := json.MarshalIndent(m.Info(), "", "  ")
	if err != nil {
		return fmt.Errorf("write record: %w", err)
	}
	jsonPath := strings.TrimSuffix(*out, filepath.Ext(*out)) + ".json"
	if err := os.WriteFile(jsonPath, append(record, '\n'), 0o644); err != nil {
		return fmt.Errorf("write record: %w", err)
	}
	logger.Info("model written", slog.String("path", *out), slog.Float64("dev_f1", m.Info().DevF1))
	return nil
}
