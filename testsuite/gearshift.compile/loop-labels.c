/* Loop points are labelled by source structure: loopN for the Nth outer
   loop, loopN.M for the Mth loop inside it, so labels survive edits elsewhere.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=loops" } */

int
shapes (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  while (s > n)
    {
      for (int j = 0; j < n; j++)
	s -= a[j];
      do
	{
	  for (int k = 0; k < n; k++)
	    s ^= k;
	  s--;
	}
      while (s & 1);
    }
  for (;;)
    if (a[s++] == 0)
      break;
  return s;
}

/* { dg-final { scan-gearshift-dump "function shapes: instrumented, 6 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 10:" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop2 kind=loop line 12:" } } */
/* { dg-final { scan-gearshift-dump "point 2 loop2.1 kind=loop line 14:" } } */
/* { dg-final { scan-gearshift-dump "point 3 loop2.2 kind=loop line 1\[6-9\]:" } } */
/* { dg-final { scan-gearshift-dump "point 4 loop2.2.1 kind=loop line 18:" } } */
/* { dg-final { scan-gearshift-dump "point 5 loop3 kind=loop line 2\[45\]:" } } */
