/* The shifting-gears demo, version 2: the update ../spectrum.c receives
   while it runs (run.sh).
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   What changed from version 1: a Blackman window instead of a Hann
   window, and the energy is divided by the window's power gain, kept in a
   new field of the analyser's state; the transformer at the end of the
   file converts the state of a running version 1.  Every iteration analyses one block
   of a synthetic signal (FFTS transforms of NFFT points) and records how
   long it took, which version computed it, how many functions were still
   running in a low-gear clone (gearshift_low_frames) and its result.

   Usage: spectrum ITERATIONS RECORD-FILE
   Writes one line per iteration to RECORD-FILE:
     ITERATION START-MS DURATION-US VERSION LOW-FRAMES PEAK ENERGY
   (ENERGY with %a, to compare exactly), and to stdout, once the program
   has run, where the update found it and how long it paused.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <gearshift.h>
#include "kiss_fft.h"

#define VERSION 2
#define NFFT 4096		/* Points of a transform.  */
#define FFTS 4			/* Transforms in a block.  */
#define SESSION 1000		/* Blocks in a session (see main).  */
#define MAX_ITERATIONS 100000

/* The analyser's state.  */
struct analyser
{
  kiss_fft_cfg cfg;
  float window[NFFT];
  double power_gain;		/* Mean square of the window.  */
  long blocks;			/* Blocks analysed.  */
};
static struct analyser an;

/* What one iteration recorded.  */
struct record
{
  double start_ms, duration_us;
  int version, low_frames;
  long peak;
  double energy;
};
static struct record records[MAX_ITERATIONS];

static double
now_us (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* The window of this version: Blackman.  Return its power gain.  */
static double
make_window (float *w)
{
  double sum = 0;
  for (int i = 0; i < NFFT; i++)
    {
      double x = 2 * M_PI * i / (NFFT - 1);
      w[i] = 0.42 - 0.5 * cos (x) + 0.08 * cos (2 * x);
      sum += (double) w[i] * w[i];
    }
  return sum / NFFT;
}

/* Transform K of block BLOCK's signal into IN: a tone whose frequency
   drifts from block to block, plus deterministic noise.  */
static void
make_signal (long block, int k, kiss_fft_cpx *in)
{
  double f = 100 + (block % 1000) * 0.37 + k;
  double c = cos (2 * M_PI * f / NFFT), s = sin (2 * M_PI * f / NFFT);
  double re = 1, im = 0;
  unsigned int h = block * FFTS + k;
  for (int i = 0; i < NFFT; i++)
    {
      h = h * 1103515245u + 12345u;
      in[i].r = re + ((h >> 16) / 65536.0 - 0.5);
      in[i].i = 0;
      double t = re * c - im * s;
      im = re * s + im * c;
      re = t;
    }
}

/* Analyse transform K of block BLOCK: window, transform, and add the
   spectrum's energy to *ENERGY; return the bin of its peak.  */
static int
analyse_fft (long block, int k, double *energy)
{
  static kiss_fft_cpx in[NFFT], out[NFFT];
  make_signal (block, k, in);
  for (int i = 0; i < NFFT; i++)
    in[i].r *= an.window[i];
  kiss_fft (an.cfg, in, out);
  int peak = 0;
  double best = 0;
  for (int i = 0; i < NFFT / 2; i++)
    {
      double m = (out[i].r * out[i].r + out[i].i * out[i].i) / an.power_gain;
      *energy += m;
      if (m > best)
	best = m, peak = i;
    }
  return peak;
}

/* Analyse block BLOCK into *R.  */
static void
analyse_block (long block, struct record *r)
{
  r->peak = 0;
  r->energy = 0;
  for (int k = 0; k < FFTS; k++)
    r->peak += analyse_fft (block, k, &r->energy);
  an.blocks++;
}

/* Run iterations FIRST to FIRST + COUNT - 1, recording each.  */
static void
run_session (long first, long count, double t_start)
{
  for (long it = first; it < first + count; it++)
    {
      struct record *r = &records[it];
      double t0 = now_us ();
      analyse_block (it, r);
      double t1 = now_us ();
      r->start_ms = (t0 - t_start) / 1e3;
      r->duration_us = t1 - t0;
      r->version = VERSION;
      r->low_frames = gearshift_low_frames ();
    }
}

int
main (int argc, char **argv)
{
  if (argc != 3 || atol (argv[1]) <= 0 || atol (argv[1]) > MAX_ITERATIONS)
    {
      fprintf (stderr, "usage: spectrum ITERATIONS RECORD-FILE\n");
      return 2;
    }
  long iterations = atol (argv[1]);
  FILE *out = fopen (argv[2], "w");
  if (!out)
    {
      perror (argv[2]);
      return 2;
    }
  an.cfg = kiss_fft_alloc (NFFT, 0, NULL, NULL);
  an.power_gain = make_window (an.window);
  printf ("spectrum: pid %d, version %d, %ld iterations\n", (int) getpid (),
	  VERSION, iterations);
  fflush (stdout);

  /* Sessions of SESSION iterations: a session still running when the
     update comes finishes in its low-gear clone.  */
  double t_start = now_us ();
  for (long first = 0; first < iterations; first += SESSION)
    run_session (first, first + SESSION <= iterations
			? SESSION : iterations - first, t_start);

  for (long it = 0; it < iterations; it++)
    fprintf (out, "%ld %.3f %.1f %d %d %ld %a\n", it, records[it].start_ms,
	     records[it].duration_us, records[it].version,
	     records[it].low_frames, records[it].peak, records[it].energy);
  fclose (out);
  printf ("spectrum: %ld blocks analysed, now version %d\n", an.blocks,
	  VERSION);
  double capture_us, resume_us;
  if (gearshift_last_pause (&capture_us, &resume_us) == 0)
    {
      printf ("pause: capture %.0f us, resume %.0f us\n", capture_us,
	      resume_us);
      printf ("the update found this stack, innermost first:\n");
      gearshift_stack_print (stdout);
    }
  return 0;
}

/* The state of version 1, and its conversion: the new window and its
   gain; the rest carries over.  */
struct analyser_v1
{
  kiss_fft_cfg cfg;
  float window[NFFT];
  long blocks;
};

static int
to_v2 (const void *old_value, void *new_value)
{
  const struct analyser_v1 *o = old_value;
  struct analyser *n = new_value;
  n->cfg = o->cfg;
  n->power_gain = make_window (n->window);
  n->blocks = o->blocks;
  return 0;
}
GEARSHIFT_TRANSFORM_GLOBAL (an, to_v2)
