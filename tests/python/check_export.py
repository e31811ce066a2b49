#!/usr/bin/python3
"""Checks a generator exported by `ganlab-cli export --torchscript` in PyTorch alone (no ganlab):
its constants, truncated_z against the latents `ganlab-cli sample --save-tensors` used, and its
images against ganlab's for the same z (within 1e-5). Run with Debian's /usr/bin/python3."""
import argparse
import sys

import torch


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("module")
    p.add_argument("tensors")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--truncation", type=float, default=0.0)
    p.add_argument("--classes", type=int, required=True)
    p.add_argument("--resolution", type=int, required=True)
    p.add_argument("--channels", type=int, required=True)
    a = p.parse_args()

    g = torch.jit.load(a.module)
    want = {"num_classes": a.classes, "resolution": a.resolution, "channels": a.channels}
    for name, value in want.items():
        if getattr(g, name) != value:
            print(f"{name} is {getattr(g, name)}, expected {value}")
            return 1
    if a.classes and len(g.class_names) != a.classes:
        print(f"class_names has {len(g.class_names)} names, expected {a.classes}")
        return 1

    saved = torch.load(a.tensors)
    n = saved["z"].shape[0]
    z = g.truncated_z(n, a.truncation, a.seed)
    if z.shape != (n, g.latent_dim) or not torch.equal(z, saved["z"]):
        print("truncated_z does not give the latents ganlab used")
        return 1
    with torch.no_grad():
        x = g(z, saved["y"]) if g.num_classes else g(z)
    if x.shape != saved["images"].shape:
        print(f"images of shape {tuple(x.shape)}, ganlab's are {tuple(saved['images'].shape)}")
        return 1
    diff = (x - saved["images"]).abs().max().item()
    print(f"{g.model} step {g.step}: {n} images {tuple(x.shape[1:])}, largest difference {diff:.3g}")
    return 0 if diff <= 1e-5 else 1


if __name__ == "__main__":
    sys.exit(main())
