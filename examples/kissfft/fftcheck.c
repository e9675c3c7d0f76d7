/* Output check for the KissFFT benchmark of gearshift (examples/kissfft).

   Runs kiss_fft forward and then inverse on a deterministic input for each
   size given on the command line (default: the benchmark's sizes) and
   prints every output bin exactly (%a), then a checksum of the bits.  The
   benchmark builds it with and without the plugin and requires identical
   output (at -ffast-math, where the compiler may round differently in each
   build, output within a small relative tolerance).
   Usage: fftcheck [N...]
          fftcheck --diff REF OUT   compare two outputs: prints "identical",
                                    or the largest difference of a bin
                                    relative to the largest bin of its
                                    transform, and how many bins differ  */

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kiss_fft.h"

static uint32_t seed;

/* A value in [-1, 1) from a fixed linear congruential sequence.  */
static kiss_fft_scalar
next_value (void)
{
  seed = seed * 1664525u + 1013904223u;
  return (kiss_fft_scalar) ((double) (seed >> 8) / (1 << 23) - 1.0);
}

static uint64_t
hash_bins (uint64_t h, const kiss_fft_cpx *x, int n)
{
  for (int i = 0; i < n; i++)
    {
      uint32_t b[2];
      memcpy (&b[0], &x[i].r, sizeof b[0]);
      memcpy (&b[1], &x[i].i, sizeof b[1]);
      for (int j = 0; j < 2; j++)
        h = (h ^ b[j]) * 0x100000001b3ull;	/* FNV-1a, word-wise */
    }
  return h;
}

static void
print_bins (const char *what, int n, const kiss_fft_cpx *x)
{
  for (int i = 0; i < n; i++)
    printf ("%s %d %d %a %a\n", what, n, i, (double) x[i].r, (double) x[i].i);
}

static int
check (int n)
{
  kiss_fft_cpx *in = malloc (n * sizeof *in);
  kiss_fft_cpx *out = malloc (n * sizeof *out);
  kiss_fft_cpx *back = malloc (n * sizeof *back);
  kiss_fft_cfg fwd = kiss_fft_alloc (n, 0, NULL, NULL);
  kiss_fft_cfg inv = kiss_fft_alloc (n, 1, NULL, NULL);
  if (!in || !out || !back || !fwd || !inv)
    {
      fprintf (stderr, "fftcheck: out of memory for n=%d\n", n);
      return 1;
    }
  seed = (uint32_t) n;
  for (int i = 0; i < n; i++)
    {
      in[i].r = next_value ();
      in[i].i = next_value ();
    }
  kiss_fft (fwd, in, out);
  kiss_fft (inv, out, back);
  /* In place too: kiss_fft_stride's temporary-buffer path.  */
  kiss_fft (fwd, in, in);
  print_bins ("fwd", n, out);
  print_bins ("inv", n, back);
  printf ("sum %d %016llx %s\n", n,
          (unsigned long long) hash_bins (hash_bins (0xcbf29ce484222325ull,
                                                     out, n), back, n),
          memcmp (in, out, n * sizeof *in) == 0 ? "inplace-same"
          : "inplace-DIFFERS");
  free (in); free (out); free (back); free (fwd); free (inv);
  return 0;
}

/* Largest |component| of each transform (what, n) seen in F so far.  */
#define MAX_SETS 64
struct set { char what[4]; int n; double scale; };

static struct set *
find_set (struct set *sets, int *nsets, const char *what, int n)
{
  for (int i = 0; i < *nsets; i++)
    if (sets[i].n == n && strcmp (sets[i].what, what) == 0)
      return &sets[i];
  if (*nsets == MAX_SETS)
    return NULL;
  struct set *s = &sets[(*nsets)++];
  snprintf (s->what, sizeof s->what, "%s", what);
  s->n = n;
  s->scale = 0;
  return s;
}

static int
diff (const char *ref_path, const char *out_path)
{
  FILE *ref = fopen (ref_path, "r"), *out = fopen (out_path, "r");
  struct set sets[MAX_SETS];
  int nsets = 0;
  if (!ref || !out)
    {
      fprintf (stderr, "fftcheck: cannot open %s\n", ref ? out_path : ref_path);
      return 2;
    }
  /* First pass: the scale of each transform, from the reference.  */
  char line[256], line2[256], what[8], what2[8];
  int n, i, n2, i2;
  double r, im, r2, im2;
  while (fgets (line, sizeof line, ref))
    if (sscanf (line, "%3s %d %d %la %la", what, &n, &i, &r, &im) == 5)
      {
        struct set *s = find_set (sets, &nsets, what, n);
        if (s && fabs (r) > s->scale) s->scale = fabs (r);
        if (s && fabs (im) > s->scale) s->scale = fabs (im);
      }
  rewind (ref);
  long differ = 0, lines = 0;
  double worst = 0;
  int mismatch = 0;
  for (;;)
    {
      char *a = fgets (line, sizeof line, ref), *b = fgets (line2, sizeof line2, out);
      if (!a || !b)
        {
          mismatch |= (a != NULL) != (b != NULL);
          break;
        }
      lines++;
      if (strcmp (line, line2) == 0)
        continue;
      if (sscanf (line, "%3s %d %d %la %la", what, &n, &i, &r, &im) != 5
          || sscanf (line2, "%3s %d %d %la %la", what2, &n2, &i2, &r2, &im2) != 5
          || strcmp (what, what2) || n != n2 || i != i2)
        {
          if (strncmp (line, "sum ", 4) || strncmp (line2, "sum ", 4))
            mismatch = 1;
          continue;
        }
      struct set *s = find_set (sets, &nsets, what, n);
      double scale = s && s->scale > 0 ? s->scale : 1;
      double e = fmax (fabs (r - r2), fabs (im - im2)) / scale;
      if (e > worst) worst = e;
      differ++;
    }
  fclose (ref); fclose (out);
  if (mismatch)
    printf ("different-shape\n");
  else if (differ == 0)
    printf ("identical\n");
  else
    printf ("%.1e %ld/%ld\n", worst, differ, lines);
  return 0;
}

int
main (int argc, char **argv)
{
  static const int sizes[] = { 1024, 4096, 1800, 65536, 1001 };
  int status = 0;
  if (argc == 4 && strcmp (argv[1], "--diff") == 0)
    return diff (argv[2], argv[3]);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      status |= check (atoi (argv[i]));
  else
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
      status |= check (sizes[i]);
  return status;
}
