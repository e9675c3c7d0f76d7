/* The frame is a C struct of the saved variables: parameters first, then
   locals by declaration, each at its type's natural alignment.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);
struct pair { char c; double d; };

double
mixed (char c, double d, short *p, struct pair s, long long ll, float f,
       unsigned char uc)
{
  int i = 0;
  while (work (i))
    i++;
  return c + d + *p + s.c + ll + f + uc + i;
}

/* { dg-final { scan-gearshift-dump "function mixed: instrumented, 2 points, frame 64 bytes$" } } */
/* { dg-final { scan-gearshift-dump "field c: char .i1. offset 0 parm$" } } */
/* { dg-final { scan-gearshift-dump "field d: double .f8. offset 8 parm$" } } */
/* { dg-final { scan-gearshift-dump "field p: short int . .p. offset 16 parm$" } } */
/* { dg-final { scan-gearshift-dump "field s: struct pair .*c@0:i1;d@8:f8.* offset 24 parm memory$" } } */
/* { dg-final { scan-gearshift-dump "field ll: long long int .i8. offset 40 parm$" } } */
/* { dg-final { scan-gearshift-dump "field f: float .f4. offset 48 parm$" } } */
/* { dg-final { scan-gearshift-dump "field uc: unsigned char .u1. offset 52 parm$" } } */
/* { dg-final { scan-gearshift-dump "field i: int .i4. offset 56$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 14: c d p s ll f uc i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 14: c d p s ll f uc i$" } } */
