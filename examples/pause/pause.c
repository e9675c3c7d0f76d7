/* gearshift pause benchmark: how long an in-place update stops a program,
   against the depth of its stack.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   For each depth D, the program recurses D frames deep (each frame with
   a few live locals), requests an update, and reaches an explicit point
   in the innermost frame: the runtime captures D frames, unwinds to the
   root, and rebuilds them through the low-gear clones.  It repeats this
   ROUNDS times and prints the median capture time (first point to the
   root), resume time (root to running again) and their sum, with the
   minimum and maximum of the sum.  Usage: pause [ROUNDS]

   With "pause versions DIR ROUNDS", each update is to a new version
   instead, DIR/pause-vN.so for N = 1, 2... (copies of this program built
   as update objects, which run.sh makes), at depths 1 and 11: the pause
   then includes loading the version and mapping the state.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gearshift.h>

static double captures[1000], resumes[1000];

/* With "versions": where the update objects are, and the next one.  */
static const char *version_dir;
static int next_version = 1;

/* Recurse to DEPTH frames below this one, request an update at the
   bottom, and return a checksum that uses every frame's locals.  */
static long
descend (int depth, long seed)
{
  long a = seed * 3 + 1, b = seed ^ 0x5a5a;
  double c = seed * 0.5;
  if (depth > 1)
    return a + b + (long) c + descend (depth - 1, a % 1000);
  if (version_dir)
    {
      char path[4096];
      snprintf (path, sizeof path, "%s/pause-v%d.so", version_dir,
		next_version++);
      gearshift_request_update (path);
    }
  else
    gearshift_request_update (NULL);
  gearshift_update_point ("bottom");
  return a + b + (long) c;
}

static int
compare (const void *x, const void *y)
{
  double a = *(const double *) x, b = *(const double *) y;
  return (a > b) - (a < b);
}

int
main (int argc, char **argv)
{
  static const int all_depths[] = { 1, 11, 100, 1000 };
  unsigned ndepths = 4;
  int rounds = argc > 1 ? atoi (argv[1]) : 101;
  if (argc > 3 && strcmp (argv[1], "versions") == 0)
    {
      version_dir = argv[2];
      rounds = atoi (argv[3]);
      ndepths = 2;
    }
  if (rounds < 1 || rounds > 1000)
    rounds = 101;
  printf ("%s update pause (gearshift), %d rounds per depth, "
	  "microseconds\n", version_dir ? "new-version" : "in-place", rounds);
  printf ("%8s %12s %12s %12s %10s %10s\n", "frames", "capture", "resume",
	  "total", "min", "max");
  const int *depths = all_depths;
  for (unsigned d = 0; d < ndepths; d++)
    {
      double totals[1000];
      long check = 0;
      for (int r = 0; r < rounds; r++)
	{
	  check += descend (depths[d], r);
	  if (gearshift_last_pause (&captures[r], &resumes[r]) != 0)
	    {
	      fprintf (stderr, "pause: no update happened at depth %d\n",
		       depths[d]);
	      return 1;
	    }
	  totals[r] = captures[r] + resumes[r];
	}
      qsort (captures, rounds, sizeof *captures, compare);
      qsort (resumes, rounds, sizeof *resumes, compare);
      qsort (totals, rounds, sizeof *totals, compare);
      /* Main's frame and the frames of descend: depth + 1.  */
      printf ("%8d %12.1f %12.1f %12.1f %10.1f %10.1f\n", depths[d] + 1,
	      captures[rounds / 2], resumes[rounds / 2], totals[rounds / 2],
	      totals[0], totals[rounds - 1]);
      if (check == 42)
	puts ("");
    }
  return 0;
}
