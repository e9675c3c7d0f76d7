/* The stores of a save path are not vectorised: SLP would pair the
   stores of p and m into the frame and load them as one vector in the
   hot code, where the function needs them as two integers (KissFFT's
   kf_work, a cost on every call).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fopt-info-vec-optimized=save-not-vectorised.vec" } */

extern void leaf (int *, int, int);

void
walk (int *out, const int *factors, int depth)
{
  int p = *factors++;
  int m = *factors++;
  if (m == 1)
    leaf (out, p, depth);
  else
    for (int i = 0; i < p; i++)
      walk (out + i * m, factors, depth + 1);
  leaf (out, p, m);
}

/* A loop that is vectorised, so that the file is not empty.  */
void
scale (float *restrict a, const float *restrict b)
{
  for (int i = 0; i < 1024; i++)
    a[i] = b[i] * 2.0f;
}

/* { dg-final { scan-gearshift-file save-not-vectorised.vec "loop vectorized" } } */
/* { dg-final { scan-gearshift-file-not save-not-vectorised.vec "basic block part vectorized" } } */
