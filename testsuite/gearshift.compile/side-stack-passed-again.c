/* A local whose address goes only to pointer parameters that their
   functions only dereference, and that every caller passes again when
   it resumes the call, stays in its function's frame (GS_FIELD_ARGUMENT
   on the parameters, "memory" on the local, or on a parameter whose
   address is lent so); a parameter kept in a
   global, forwarded in tail position, of a public function, or given
   a pointer chosen at run time is not passed again, and the locals
   whose address it gets live on the side stack ("indirect").  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern void work (int);
int *kept;

static void __attribute__ ((noinline))
count (unsigned long x, int *out_c)
{
  int n = 0;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      n++;
    }
  *out_c = n;
}

/* Passes its own parameter on, and a local of its own.  */
static void __attribute__ ((noinline))
count_twice (unsigned long x, int *out_t)
{
  int more;
  count (x, out_t);
  count (x + 1, &more);
  *out_t += more;
}

static void __attribute__ ((noinline))
keep (unsigned long x, int *out_k)
{
  kept = out_k;
  while (x > 1)
    x = x & 1 ? 3 * x + 1 : x / 2;
  *out_k = 1;
}

void
pub (unsigned long x, int *out_p)
{
  while (x > 1)
    x = x & 1 ? 3 * x + 1 : x / 2;
  *out_p = 2;
}

static int __attribute__ ((noinline))
tail_target (unsigned long x, int *out_tt)
{
  while (x > 1)
    x = x & 1 ? 3 * x + 1 : x / 2;
  *out_tt = 3;
  return 0;
}

static int __attribute__ ((noinline))
forward (unsigned long x, int *out_f)
{
  work (*out_f);
  return tail_target (x, out_f);
}

static void __attribute__ ((noinline))
chosen (unsigned long x, int *out_q)
{
  while (x > 1)
    x = x & 1 ? 3 * x + 1 : x / 2;
  *out_q = 4;
}

static unsigned __attribute__ ((noinline))
advance (const char **pz)
{
  unsigned n = 0;
  while (**pz && **pz != ' ')
    {
      (*pz)++;
      n++;
    }
  return n;
}

/* The address of a parameter, lent the same way.  */
int
words (const char *line)
{
  int n = 0;
  while (*line)
    {
      n += advance (&line) > 0;
      if (*line)
	line++;
    }
  return n;
}

int
user (int which)
{
  int rc, rt, rk, rp, rf = 0, ra, rb;
  count (7, &rc);
  count_twice (9, &rt);
  keep (5, &rk);
  pub (3, &rp);
  forward (11, &rf);
  chosen (13, which ? &ra : &rb);
  return rc + rt + rk + rp + rf + (which ? ra : rb);
}

/* { dg-final { scan-gearshift-dump "field out_c: int \\* \\\[p\\\] offset \[0-9\]+ parm argument$" } } */
/* { dg-final { scan-gearshift-dump "field out_t: int \\* \\\[p\\\] offset \[0-9\]+ parm argument$" } } */
/* { dg-final { scan-gearshift-dump "field more: int \\\[i4\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump "field rc: int \\\[i4\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump "field rt: int \\\[i4\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump "field pz: const char \\*\\* \\\[p\\\] offset \[0-9\]+ parm argument$" } } */
/* { dg-final { scan-gearshift-dump "field line: const char \\* \\\[p\\\] offset \[0-9\]+ parm memory$" } } */
/* { dg-final { scan-gearshift-dump "field out_k: int \\* \\\[p\\\] offset \[0-9\]+ parm$" } } */
/* { dg-final { scan-gearshift-dump "field rk: int \\* \\\[p\\\] offset \[0-9\]+ indirect$" } } */
/* { dg-final { scan-gearshift-dump "field out_p: int \\* \\\[p\\\] offset \[0-9\]+ parm$" } } */
/* { dg-final { scan-gearshift-dump "field rp: int \\* \\\[p\\\] offset \[0-9\]+ indirect$" } } */
/* { dg-final { scan-gearshift-dump "field out_tt: int \\* \\\[p\\\] offset \[0-9\]+ parm$" } } */
/* { dg-final { scan-gearshift-dump "field rf: int \\* \\\[p\\\] offset \[0-9\]+ indirect$" } } */
/* { dg-final { scan-gearshift-dump "field out_q: int \\* \\\[p\\\] offset \[0-9\]+ parm$" } } */
/* { dg-final { scan-gearshift-dump "field ra: int \\* \\\[p\\\] offset \[0-9\]+ indirect$" } } */
