package main

import (
	"context"
	"flag"
	"fmt"

	"eventgraph"
	"eventgraph/internal/eval/cameoeval"
	"eventgraph/internal/eval/nereval"
	"eventgraph/internal/eval/quoteeval"
	"eventgraph/internal/eval/timexeval"
	"eventgraph/internal/model"
)

// EvalCommand scores the extractor against a gold set.
type EvalCommand struct {
	*Main
}

// evalSets lists the gold-set scorers by name.
var evalSets = map[string]func(c *EvalCommand, ctx context.Context, gold string, verbose bool) error{
	"ner": func(c *EvalCommand, ctx context.Context, gold string, verbose bool) error {
		return nereval.Run(c.Stdout, gold, verbose)
	},
	"timex": func(c *EvalCommand, ctx context.Context, gold string, verbose bool) error {
		return timexeval.Run(c.Stdout, gold, verbose)
	},
	"cameo": func(c *EvalCommand, ctx context.Context, gold string, verbose bool) error {
		x := eventgraph.New()
		return cameoeval.Run(c.Stdout, gold, verbose, func(ctx context.Context, date, text string) (*model.Document, error) {
			return x.Analyze(ctx, eventgraph.Article{ID: "gold", Date: date, Text: text})
		})
	},
	"quotes": func(c *EvalCommand, ctx context.Context, gold string, verbose bool) error {
		x := eventgraph.New()
		return quoteeval.Run(c.Stdout, gold, verbose, func(ctx context.Context, text string) (*model.Document, error) {
			return x.Analyze(ctx, eventgraph.Article{ID: "gold", Text: text})
		})
	},
}

// Run parses `eval KIND --gold FILE [--verbose]` and runs the scorer.
func (c *EvalCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usagef("eval needs a kind: ner, timex, cameo or quotes")
	}
	kind := args[0]
	run, ok := evalSets[kind]
	if !ok {
		return usagef("unknown eval kind %q: want ner, timex, cameo or quotes", kind)
	}
	fs := flag.NewFlagSet("eval "+kind, flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	gold := fs.String("gold", "", "gold file (JSON Lines)")
	verbose := fs.Bool("verbose", false, "print each miss and false positive")
	if err := fs.Parse(args[1:]); err != nil {
		return &usageError{err: err}
	}
	if *gold == "" {
		return usagef("eval %s needs --gold FILE", kind)
	}
	if err := run(c, ctx, *gold, *verbose); err != nil {
		return fmt.Errorf("eval %s: %w", kind, err)
	}
	return nil
}
