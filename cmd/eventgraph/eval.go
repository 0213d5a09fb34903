package main

import (
	"context"
	"flag"
	"fmt"
)

// EvalCommand scores the extractor against a gold set.
type EvalCommand struct {
	*Main
}

// evalSets lists the gold-set scorers by name.
var evalSets = map[string]func(c *EvalCommand, ctx context.Context, gold string, verbose bool) error{}

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
